"""The text editor: the QPlainTextEdit, its highlighter (findings, hard sentences, overflow,
fold) and what the user does with a finding (go to it, a voorstel, negeren, woordenboek)."""
