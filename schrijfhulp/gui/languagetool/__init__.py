"""LanguageTool in the window: the controller that builds, restarts and stops the slow
checker from the settings, and the dialog that downloads LanguageTool for local use."""
