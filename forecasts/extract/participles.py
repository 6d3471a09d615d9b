"""Past participles a regex of "-ed" cannot find: the irregular ones.

Several readers need to know a past participle when they see one: a reduced relative ("debt held
by the public"), a passive ("be built"), "held there", a title-case heading's "Held". Regular
participles end in "-ed"; these are the common irregular ones, listed once.
"""

from __future__ import annotations

IRREGULAR_PARTICIPLES = frozenset(
    """
    begun born bought brought broken built chosen cut done drawn driven fought found frozen given grown held hit
    kept known laid led lost made paid proven put run seen sent set shot shown shut sold spent sworn taken taught
    thrown withdrawn won written
    """.split()
)
