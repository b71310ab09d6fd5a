"""Russian language rules on pymorphy2: morphology helpers (``morph``), parts of speech and
agreement (``grammar``), text folding for comparison (``fold``), letter classes and word
patterns (``letters``), quotation marks (``marks``), noun phrases in the nominative
(``phrases``), people's names (``names``) and the normal forms of entity spans (``normalize``)."""
