"""The HTTP service and the film office's web page."""
