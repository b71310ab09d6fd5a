"""The layout of a press release: title, date line, lead, body, source, related teasers.

``parse(text)`` needs no model and is fast. It works on paragraphs: runs of non-blank lines,
with lines joined when the text is hard-wrapped (a line continues when the next one starts in
lowercase, or the line ends with a comma or hyphen). Then, in order:

- the "Читайте также:" marker (and its kin) cuts off the related teasers at the end; each
  teaser starts at its own date line (or, without dates, at each title-like line);
- tables are runs of cells: rows whose cells are separated by tabs or runs of spaces, or a run
  of short cell lines (an HTML table flattened one cell a line) with numbers among them; each
  cell is a paragraph (and a sentence) of kind "table", so the extractors read cells as cells;
- a "Источник: ...", "Пресс-служба ...", "© ..." paragraph, or a bank-style "При использовании
  материала ссылка на ... обязательна." (also glued to the end of the last paragraph) is the
  source, given in the nominative;
- in the head, a paragraph that is only a date, or a date and the place it was written in, is
  the date line ("Москва, 3 июня 2024 года"; ``datelines``), and so is such a line opening
  the first paragraph before a dash ("15 марта 2024 г., Москва. – Генеральный директор ..."),
  cut off from it; the first short paragraph is the title, and a later copy of the title is
  the title again (not a paragraph of text);
- the first remaining paragraph is the lead, the rest is body; a first paragraph longer than a
  paragraph-sized opening (a one-line article, a third of the document) gives only its first
  sentence or two to the lead.

Sections are runs of paragraphs of one kind; they never overlap and together cover every
non-blank character. Sentences are razdel's, within paragraphs. Offsets are code points into
the text as given.

``paragraphs`` cuts the text into paragraphs, ``tables`` finds the tables' cells, ``sources``
the source line, ``datelines`` the date line, ``layout`` the rest (teasers, head, lead) and the
sentences.
"""

from .datelines import parse_date_line
from .layout import Layout, parse
from .paragraphs import Paragraph, split_paragraphs

__all__ = ["Layout", "Paragraph", "parse", "parse_date_line", "split_paragraphs"]
