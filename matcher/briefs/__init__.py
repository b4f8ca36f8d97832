"""Production briefs: from pasted text to a crew sheet."""
