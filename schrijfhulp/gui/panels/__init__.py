"""Side panels of the main window: readability, findings, platform meter and preview."""
