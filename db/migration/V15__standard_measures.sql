-- Standard measures in the questionnaire engine: PHQ-9 (depression) and GAD-7 (anxiety), with their
-- official wording, answer choices, scoring, severity bands, LOINC codes and the copyright line their owner
-- asks for. Both may be reproduced without permission.
--
-- questionnaire: the instructions shown above the items, the copyright line shown under them, the LOINC codes
-- of the form and of its total score, and severity bands ("lowest total:label" pairs, ascending).
-- questionnaire_item: the item's LOINC code; labelled answer choices for the values min..max ("|"-separated,
-- shown instead of a number scale); and whether it counts towards the score (PHQ-9 and GAD-7 end with a
-- question about how difficult the problems made life, which is asked but not scored).

ALTER TABLE questionnaire
    ADD COLUMN instructions     VARCHAR(500) AFTER description,
    ADD COLUMN copyright        VARCHAR(500),
    ADD COLUMN loinc_code       VARCHAR(20),
    ADD COLUMN total_loinc_code VARCHAR(20),
    ADD COLUMN bands            VARCHAR(300);

ALTER TABLE questionnaire_item
    ADD COLUMN loinc_code VARCHAR(20),
    ADD COLUMN choices    VARCHAR(400),
    ADD COLUMN scored     BOOLEAN NOT NULL DEFAULT TRUE;

INSERT INTO questionnaire (slug, title, description, instructions, scoring, origin, created_at, copyright, loinc_code,
                           total_loinc_code, bands) VALUES
('phq-9', 'PHQ-9: Patient Health Questionnaire',
 'Nine questions about mood over the last two weeks, widely used to check on depression and to follow how it changes. It takes two or three minutes.',
 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
 'SUM', 'RAPPORT', NOW(),
 'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
 '44249-1', '44261-6',
 '0:Minimal;5:Mild;10:Moderate;15:Moderately severe;20:Severe');
SET @phq = LAST_INSERT_ID();
INSERT INTO questionnaire_item (questionnaire_id, position, text, kind, min_value, max_value, low_anchor, high_anchor,
                                reversed, subscale, loinc_code, choices, scored) VALUES
(@phq, 1, 'Little interest or pleasure in doing things', 'SCALE', 0, 3, 'Not at all', 'Nearly every day', FALSE, NULL, '44250-9', 'Not at all|Several days|More than half the days|Nearly every day', TRUE),
(@phq, 2, 'Feeling down, depressed, or hopeless', 'SCALE', 0, 3, 'Not at all', 'Nearly every day', FALSE, NULL, '44255-8', 'Not at all|Several days|More than half the days|Nearly every day', TRUE),
(@phq, 3, 'Trouble falling or staying asleep, or sleeping too much', 'SCALE', 0, 3, 'Not at all', 'Nearly every day', FALSE, NULL, '44259-0', 'Not at all|Several days|More than half the days|Nearly every day', TRUE),
(@phq, 4, 'Feeling tired or having little energy', 'SCALE', 0, 3, 'Not at all', 'Nearly every day', FALSE, NULL, '44254-1', 'Not at all|Several days|More than half the days|Nearly every day', TRUE),
(@phq, 5, 'Poor appetite or overeating', 'SCALE', 0, 3, 'Not at all', 'Nearly every day', FALSE, NULL, '44251-7', 'Not at all|Several days|More than half the days|Nearly every day', TRUE),
(@phq, 6, 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down', 'SCALE', 0, 3, 'Not at all', 'Nearly every day', FALSE, NULL, '44258-2', 'Not at all|Several days|More than half the days|Nearly every day', TRUE),
(@phq, 7, 'Trouble concentrating on things, such as reading the newspaper or watching television', 'SCALE', 0, 3, 'Not at all', 'Nearly every day', FALSE, NULL, '44252-5', 'Not at all|Several days|More than half the days|Nearly every day', TRUE),
(@phq, 8, 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual', 'SCALE', 0, 3, 'Not at all', 'Nearly every day', FALSE, NULL, '44253-3', 'Not at all|Several days|More than half the days|Nearly every day', TRUE),
(@phq, 9, 'Thoughts that you would be better off dead or of hurting yourself in some way', 'SCALE', 0, 3, 'Not at all', 'Nearly every day', FALSE, NULL, '44260-8', 'Not at all|Several days|More than half the days|Nearly every day', TRUE),
(@phq, 10, 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?', 'SCALE', 0, 3, 'Not difficult at all', 'Extremely difficult', FALSE, NULL, '69722-7', 'Not difficult at all|Somewhat difficult|Very difficult|Extremely difficult', FALSE);

INSERT INTO questionnaire (slug, title, description, instructions, scoring, origin, created_at, copyright, loinc_code,
                           total_loinc_code, bands) VALUES
('gad-7', 'GAD-7: Generalized Anxiety Disorder scale',
 'Seven questions about worry and nervousness over the last two weeks, widely used to check on anxiety and to follow how it changes. It takes about two minutes.',
 'Over the last 2 weeks, how often have you been bothered by the following problems?',
 'SUM', 'RAPPORT', NOW(),
 'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
 '69737-5', '70274-6',
 '0:Minimal;5:Mild;10:Moderate;15:Severe');
SET @gad = LAST_INSERT_ID();
INSERT INTO questionnaire_item (questionnaire_id, position, text, kind, min_value, max_value, low_anchor, high_anchor,
                                reversed, subscale, loinc_code, choices, scored) VALUES
(@gad, 1, 'Feeling nervous, anxious, or on edge', 'SCALE', 0, 3, 'Not at all', 'Nearly every day', FALSE, NULL, '69725-0', 'Not at all|Several days|More than half the days|Nearly every day', TRUE),
(@gad, 2, 'Not being able to stop or control worrying', 'SCALE', 0, 3, 'Not at all', 'Nearly every day', FALSE, NULL, '68509-9', 'Not at all|Several days|More than half the days|Nearly every day', TRUE),
(@gad, 3, 'Worrying too much about different things', 'SCALE', 0, 3, 'Not at all', 'Nearly every day', FALSE, NULL, '69733-4', 'Not at all|Several days|More than half the days|Nearly every day', TRUE),
(@gad, 4, 'Trouble relaxing', 'SCALE', 0, 3, 'Not at all', 'Nearly every day', FALSE, NULL, '69734-2', 'Not at all|Several days|More than half the days|Nearly every day', TRUE),
(@gad, 5, 'Being so restless that it is hard to sit still', 'SCALE', 0, 3, 'Not at all', 'Nearly every day', FALSE, NULL, '69735-9', 'Not at all|Several days|More than half the days|Nearly every day', TRUE),
(@gad, 6, 'Becoming easily annoyed or irritable', 'SCALE', 0, 3, 'Not at all', 'Nearly every day', FALSE, NULL, '69689-8', 'Not at all|Several days|More than half the days|Nearly every day', TRUE),
(@gad, 7, 'Feeling afraid, as if something awful might happen', 'SCALE', 0, 3, 'Not at all', 'Nearly every day', FALSE, NULL, '69736-7', 'Not at all|Several days|More than half the days|Nearly every day', TRUE),
(@gad, 8, 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?', 'SCALE', 0, 3, 'Not difficult at all', 'Extremely difficult', FALSE, NULL, '69726-8', 'Not difficult at all|Somewhat difficult|Very difficult|Extremely difficult', FALSE);
