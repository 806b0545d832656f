"""The support network: people (sponsor, sponsees, facilitator, therapist, family, friends),
a log of contacts with them, and the person's own crisis-card lines.

``models`` (tables), ``service`` (people and contacts), ``crisis`` (what the crisis card
shows: people marked for it first, then the help lines, edited as the person chose),
``demo``. Importing the package registers the tables and the demo generator.
"""

from recovery_desktop.domain.support import crisis, demo, models, service

__all__ = ["crisis", "demo", "models", "service"]
