"""Sjablonen: the template picker and the controller that loads the sjabloonpakketten."""
