"""Grounding: what the text of the article supports.

``align`` finds each item of a draft in the article (a character span and a match status);
``vetting`` checks the free text of a briefing (summary, descriptions) against the article;
``planted`` finds passages that read as instructions planted in an article for the model.
"""
