from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.versioning import VersionedModel


class Venue(VersionedModel):
    """A place where events are held."""

    name = models.CharField(_("会場名"), max_length=150)
    address = models.CharField(_("住所"), max_length=255, blank=True)
    municipality = models.ForeignKey(
        "areas.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="venues",
        verbose_name=_("自治体"),
    )
    latitude = models.DecimalField(
        _("緯度"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("経度"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    class Meta:
        verbose_name = _("会場")
        verbose_name_plural = _("会場")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True, longitude__isnull=True)
                | models.Q(latitude__isnull=False, longitude__isnull=False),
                name="events_venue_both_coordinates_or_none",
            ),
        ]

    def __str__(self):
        return self.name
