"""Duties and bans coming into force: "wearing a face covering will become compulsory".

A rule that makes an act compulsory or forbidden comes into force on a day its order or law
names, and the order is published: a stranger can check it. Its subject is the act ruled on,
often a gerund ("wearing a face covering", "smoking in bars"), which elsewhere would be a
supposed act whose effect is argued (``hypotheticals``) or a clause where who acts should be
(``question_form``).
"""

from __future__ import annotations

import re

# "become compulsory", "become illegal", "become law": the predicate of a rule coming into force.
RULE_IN_FORCE = re.compile(
    r"(?i)\bbecomes?\s+(?:compulsory|mandatory|obligatory|illegal|unlawful|legal|lawful|law|required|banned|prohibited)\b"
)
