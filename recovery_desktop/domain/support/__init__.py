"""The support network: people (sponsor, sponsees, facilitator, therapist, family, friends),
a log of contacts with them, and the person's own crisis-card lines.

``models`` (tables), ``service`` (people and contacts), ``crisis`` (what the crisis card
shows: people marked for it first, then the help lines, edited as the person chose),
``demo``, ``review_section`` (contacts in the weekly review). Importing the package
registers the tables, the demo generator and the review sections: the contacts, and the
clean-time milestones (``behaviours.review_section``, registered here because this feature
owns the Clean time page and the review package cannot import it without a cycle).
"""

from recovery_desktop.domain.behaviours import review_section as milestones_section
from recovery_desktop.domain.support import crisis, demo, models, review_section, service

__all__ = ["crisis", "demo", "milestones_section", "models", "review_section", "service"]
