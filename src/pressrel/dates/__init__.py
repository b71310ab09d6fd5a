"""The date grammar: Russian temporal expressions with ISO 8601 values.

``scan`` finds them (``find_dates``, ``anchor_date``, ``whole_date``); ``rules`` holds the patterns and value
builders in priority order; ``lexicon`` the words and regex pieces; ``values`` the ISO values
and calendar arithmetic.
"""

from .scan import DateMatch, anchor_date, find_dates, whole_date

__all__ = ["DateMatch", "anchor_date", "find_dates", "whole_date"]
