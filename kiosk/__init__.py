"""Sozial-Info kiosk: the Digitaler Sozialatlas on a touchscreen."""
