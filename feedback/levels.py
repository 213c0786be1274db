"""The five levels of satisfaction every question here uses (มากที่สุด … น้อยที่สุด)."""

from django.db import models


class Level(models.IntegerChoices):
    VERY_HIGH = 5, "มากที่สุด"
    HIGH = 4, "มาก"
    MEDIUM = 3, "ปานกลาง"
    LOW = 2, "น้อย"
    VERY_LOW = 1, "น้อยที่สุด"


# "Satisfied" for the KPI: the top two levels.
SATISFIED_LEVELS = (Level.VERY_HIGH, Level.HIGH)
