"""The consistency checks: do all channels tell the same story? (One of the three "checks" of the
studio; see :mod:`studio.lint` for the others — rule kinds and the lint pipeline that runs both.)

The rooms, in the order a variant's text goes through them:

- :mod:`~studio.consistency.facts` reads the facts a text states (prices, percentages, dates,
  codes, links, phones, times), with :mod:`~studio.consistency.money` (prices, offer mechanics),
  :mod:`~studio.consistency.dates` (dates as marketers write them) and
  :mod:`~studio.consistency.links` (links and how to judge them);
- :mod:`~studio.consistency.claims` reads claims about how long the offer lasts ("solo hoy");
- :mod:`~studio.consistency.legal` knows what the campaign's own disclaimer states besides the
  offer, :mod:`~studio.consistency.schedule` a day's opening hours, :mod:`~studio.consistency.exclusions`
  a deal the offer excludes, :mod:`~studio.consistency.counted` a duration counted from the
  customer's moment, :mod:`~studio.consistency.numeric_dates` numeric dates written wrong,
  :mod:`~studio.consistency.held` a held thing's own expiry ("the card expires…"),
  :mod:`~studio.consistency.pointing` a date that names its own thing ("Turnos hasta el 26/10");
- :mod:`~studio.consistency.sheet` holds the campaign's fact sheet in comparable form;
- :mod:`~studio.consistency.checks` (:func:`check_consistency`) compares every variant with the
  sheet and with the other locales, with :mod:`~studio.consistency.date_findings` for dates and
  claims, :mod:`~studio.consistency.window` for the offer window itself and
  :mod:`~studio.consistency.continuity` for the customer's path across channels (one landing, each
  channel's UTM tags, the app's deep link, no app promised where the offer does not apply);
- :mod:`~studio.consistency.config` is what ``brand_rules/consistency.yaml`` says and the words of
  the messages; :mod:`~studio.consistency.matrix` the fact × channel matrix of the report.
"""
