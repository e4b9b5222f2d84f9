-- The weekly check-in's introduction counted ten questions; the page counts eleven (the last is an optional
-- note). Say so.
UPDATE questionnaire
   SET description = 'Ten quick questions about the past week: how much you could rely on each other, how close you felt and how you handled disagreements, then room for a note if you want to add one. It takes about three minutes. There are no right answers: your honest view of this week is what helps.'
 WHERE slug = 'trust-connection-weekly';
