"""One controller per screen."""
