"""Language analysis of copy: language identification, foreign-word runs, formality (tú / usted / vos)."""
