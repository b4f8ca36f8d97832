"""What a hidden profile is called in place of its name: its kind and first role, read naturally."""

from __future__ import annotations

import pytest

from service.visibility import label_for


@pytest.mark.parametrize("kind,role,label", [
    ("freelancer", "Camera Operator", "Freelance camera operator"),
    ("freelancer", "gaffer", "Freelance gaffer"),
    ("freelancer", "DoP", "Freelance DoP"),
    ("freelancer", "2nd AC", "Freelance 2nd AC"),
    ("freelancer", "Hair and Make-up Artist", "Freelance hair and make-up artist"),
    ("freelancer", None, "Freelancer"),
    ("company", "VFX", "VFX company"),
])
def test_a_hidden_profile_is_named_by_its_kind_and_first_role(kind, role, label):
    assert label_for(kind, role) == label
