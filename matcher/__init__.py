"""The matcher: profiles in, ranked and explained matches out."""
