"""A post is more than one text box: the draad, the eerste reactie and image descriptions."""
