"""The Qt user interface of the kiosk."""
