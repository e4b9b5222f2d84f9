-- Completes the exercise library: 27 more library exercises, each with its ordered steps and
-- reflection prompts, so that every trust-rebuilding strategy has at least two exercises
-- (35 library exercises in all, together with the 8 from V2).
-- This migration is never edited once applied; later additions and revisions come as new migrations.

-- ---------------------------------------------------------------------------------------------
-- Exercise: no-blame-problem-statement (acknowledge)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('no-blame-problem-statement', 'No-blame problem statement, written together', 'acknowledge',
 'Helps you both name, in a few calm sentences you each agree with, that trust has become a problem between you and what it is costing you both, without deciding who is to blame.',
 45, 'Once, then reread together after a month', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Find 45 minutes when you are both fairly calm, with no children or screens around, and have one sheet of paper or one shared document in front of you. Agree before you start that this is not the time to go over who did what. Writing without blame does not mean nobody is responsible; it means this page is about the problem you now share, not about a verdict.'),
(@id, 2, 'Each of you first spends five minutes alone finishing these sentences in a few words: "Since trust was hurt, I notice...", "The hardest part for me is..." and "What I miss about us is...". Write about your own experience, not about your partner''s faults.'),
(@id, 3, 'Read your sentences to each other, one at a time, without commenting. Then look for what overlaps. Many couples find more common ground than they expected, for example both feeling lonely, tense or on guard at home.'),
(@id, 4, 'Together, write a short statement of two to four sentences that you can both sign. Describe the situation as something you are facing side by side, for example: "Trust between us has been badly shaken. We both feel on edge, we argue more, and we have stopped making plans. We want to find out whether we can rebuild it." Leave out phrases like "you always", "your fault" or "because you".'),
(@id, 5, 'Read the draft aloud. Each of you checks two things: Is this true for me? Does it blame anyone? Change words until you can both answer yes to the first question and no to the second. If you get stuck on a sentence, leave it out for now rather than arguing over it.'),
(@id, 6, 'Both write your names and the date underneath and keep the page somewhere you can find it. If you see a counselor, bring it to your next session. Read it again together in a month and talk about whether anything has changed.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'How much do you agree with the statement you wrote together?', 'SCALE', 'Not at all', 'Completely'),
(@id, 2, 'Which sentence was hardest to agree on, and what helped you settle it or set it aside?', 'TEXT', NULL, NULL),
(@id, 3, 'What did you learn about how your partner experiences the problem?', 'TEXT', NULL, NULL),
(@id, 4, 'Now that the problem has been named, how hopeful do you feel?', 'SCALE', 'Not at all hopeful', 'Very hopeful');

-- ---------------------------------------------------------------------------------------------
-- Exercise: feelings-journal-before-talking (acknowledge)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('feelings-journal-before-talking', 'Feelings journal before you talk', 'acknowledge',
 'Gives you a few minutes each day to put your feelings about trust into words on your own, so that you understand them better and can share them calmly when you talk with your partner.',
 15, 'Every day for one week', 'ONE_PARTNER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Choose a notebook or a private file that only you can open, and a regular time of day, for example after dinner or before bed. Give yourself 15 minutes without interruptions.'),
(@id, 2, 'Each day, start by writing down the feelings that came up today when you thought about trust in your relationship. Try to be precise: instead of "bad", look for words like hurt, anxious, ashamed, angry, lonely, numb or hopeful. You can feel several things at once, and they can contradict each other.'),
(@id, 3, 'For each feeling, add a line about when it showed up and what was happening at the time, for example: "Anxious at 6 pm when the phone went quiet." Then note how strong it was, from 0 to 10.'),
(@id, 4, 'Write a few sentences about what the feeling might be telling you: what you are afraid of, what you are missing or what you need. Keep the focus on yourself. If you notice you are writing a list of your partner''s wrongs, gently bring yourself back to "I feel..." and "I need...".'),
(@id, 5, 'Finish each entry with one sentence that begins "What I would like my partner to understand is...". You don''t have to say it to them yet.'),
(@id, 6, 'At the end of the week, read all your entries and underline what comes up most often. Choose one or two insights you feel ready to share, and ask your partner for a calm time to tell them. You could begin with something like: "I''ve been writing about how I feel, and I noticed..."');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'Which feeling showed up most often this week?', 'TEXT', NULL, NULL),
(@id, 2, 'How clearly do you now understand what you feel about trust in your relationship?', 'SCALE', 'Not at all clearly', 'Very clearly'),
(@id, 3, 'What is one insight from your journal that you want to share with your partner, and when will you share it?', 'TEXT', NULL, NULL),
(@id, 4, 'How ready do you feel to share it?', 'SCALE', 'Not ready', 'Completely ready');

-- ---------------------------------------------------------------------------------------------
-- Exercise: trust-timeline (root-causes)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('trust-timeline', 'Trust timeline of earlier hurts', 'root-causes',
 'Helps you map the moments in your life when trust was built or broken, from childhood until now, so that you can see which old hurts still echo in the present and what led up to the current break.',
 60, 'Once, then add to it over two weeks', 'ONE_PARTNER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Give yourself an hour somewhere private. Turn a large sheet of paper sideways and draw a long line across the middle. Mark your birth at the left end and today at the right, with a few rough ages or years along the way.'),
(@id, 2, 'Above the line, mark times when trust grew: someone who kept their word, a friend who stood by you, a relationship where you felt safe. Below the line, mark times when trust was hurt: a broken promise, a parent who was unpredictable or absent, being left, lied to or let down, a betrayal in an earlier relationship. A word or two for each is enough.'),
(@id, 3, 'Next to the people who mattered most while you were growing up, such as parents, caregivers, brothers and sisters, note in a few words how they handled honesty, conflict and closeness. Was it safe to rely on them? What happened when someone let someone else down? This is a simple family map, not a judgment of anyone.'),
(@id, 4, 'Now add your present relationship, including the events that led up to the break in trust. What was happening between you, and in your lives, in the months before? Write what you know, and put a question mark next to anything you are still unsure about.'),
(@id, 5, 'Step back and look for echoes. Does the current hurt feel like something below the line from earlier in your life? Do you react now with the same fear, anger or urge to protect yourself that you learned back then? Write down two or three connections you notice.'),
(@id, 6, 'Keep the timeline for two weeks and add to it as memories come back. If a memory hits you hard, slow down, look after yourself and consider working on it with your counselor. When you feel ready, choose one connection to tell your partner about, for example: "I think some of my fear goes back to when a parent kept leaving."');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'Which earlier experience seems most connected to how you feel about trust today?', 'TEXT', NULL, NULL),
(@id, 2, 'How much do you think your past is shaping your reactions in the present?', 'SCALE', 'Not at all', 'Very much'),
(@id, 3, 'What did you notice about the months leading up to the break in trust?', 'TEXT', NULL, NULL),
(@id, 4, 'What, if anything, would you like your partner to understand about your timeline?', 'TEXT', NULL, NULL);

-- ---------------------------------------------------------------------------------------------
-- Exercise: what-we-learned-about-trust (root-causes)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('what-we-learned-about-trust', 'What each of us learned about trust growing up', 'root-causes',
 'Helps you each reflect on the lessons about trust, honesty and loyalty you absorbed from your family and culture, and share them with each other, so you understand why the same event can mean very different things to each of you.',
 60, 'Once, then as needed', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Each of you takes 20 minutes alone with paper to answer these questions: What did the adults around you say about trust, and what did they actually do? Was it safe to say what you felt? What happened when someone broke a promise or told a lie? What were you taught a good partner should and should not do?'),
(@id, 2, 'Add what you picked up from the wider world around you: your culture, faith, community, friends, or the stories and films you grew up with. Note any expectations about relationships that you hold without ever having chosen them, such as "a partner should always know where the other one is" or "private messages are nobody else''s business".'),
(@id, 3, 'Circle the two or three lessons that feel strongest in you today. For each one, write whether it still helps you or whether it now gets in the way.'),
(@id, 4, 'Come together for about 30 minutes, somewhere quiet and without phones. Take turns sharing one lesson at a time. The listener asks only curious questions, such as "How did that feel when you were a child?" or "Where do you notice it now?", and doesn''t judge the other person''s family or background.'),
(@id, 5, 'Look together for places where your lessons differ, for example about privacy, time with friends or how anger is shown. Name each difference without deciding who is right: "You learned that privacy means respect; I learned that secrets mean danger."'),
(@id, 6, 'End by each naming one thing you now understand better about your partner. If one difference seems to be feeding a lot of the mistrust, write it down to bring to your next check-in or to your counselor.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'Which lesson about trust from your upbringing surprised you most as you wrote?', 'TEXT', NULL, NULL),
(@id, 2, 'How well do you now understand where your partner''s expectations about trust come from?', 'SCALE', 'Not at all', 'Very well'),
(@id, 3, 'Which difference between your two sets of lessons seems to matter most right now?', 'TEXT', NULL, NULL),
(@id, 4, 'How safe did it feel to talk about your family and background?', 'SCALE', 'Not at all safe', 'Completely safe');

-- ---------------------------------------------------------------------------------------------
-- Exercise: ground-rules-for-hard-conversations (communication)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('ground-rules-for-hard-conversations', 'Ground rules for hard conversations', 'communication',
 'Helps you agree ahead of time how you will talk about painful subjects, so that difficult conversations feel safer and are less likely to turn into fights.',
 40, 'Once, then review every month', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Choose a calm moment, not right after an argument, and give yourselves 40 minutes with paper and a pen. Start by each describing, in a sentence or two, what a hard conversation between you usually looks like at the moment, for example raised voices, one of you going quiet, or talking late into the night.'),
(@id, 2, 'Each of you writes down three to five rules that would help you feel safe in a hard conversation. Some examples: let the other person finish; no name-calling or swearing at each other; stick to one topic and leave old arguments out of it; no serious talks after 10 pm or after drinking; phones off.'),
(@id, 3, 'Read your lists to each other and combine them into one list of no more than seven rules that you both accept. Word each rule as something you will do, for example "We let each other finish" rather than "Don''t interrupt". If you disagree about a rule, leave it off for now.'),
(@id, 4, 'Agree how you will take a break. Choose a pause word, how long a break will last (at least 20 minutes, so your body has time to calm down), what each of you will do during it, and who will suggest coming back. Add a rule that whoever calls the pause also names a time to return.'),
(@id, 5, 'Agree when hard conversations will happen, for example at a set time each week, or within a day of either of you asking. Write the rules on one page, both sign it, and keep it where you can look at it before a difficult talk.'),
(@id, 6, 'Use the rules in your next difficult conversation. Afterwards, each name one rule that helped and one that was hard to keep. Once a month, look at the list together and change whatever isn''t working.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'With these rules in place, how safe do you expect to feel in your next hard conversation?', 'SCALE', 'Not at all safe', 'Completely safe'),
(@id, 2, 'Which rule matters most to you, and why?', 'TEXT', NULL, NULL),
(@id, 3, 'Which rule do you think will be hardest for you to keep, and what might help?', 'TEXT', NULL, NULL),
(@id, 4, 'After your next difficult conversation: how well did you both keep to the rules?', 'SCALE', 'Not at all', 'Completely');

-- ---------------------------------------------------------------------------------------------
-- Exercise: gentle-start-up-practice (communication)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('gentle-start-up-practice', 'Gentle start-up: feeling, situation, need', 'communication',
 'Helps you raise a worry or complaint in a way your partner can take in, by starting with what you feel, what it is about and what you need, instead of with criticism or blame.',
 15, 'Three times a week for three weeks', 'ONE_PARTNER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Think of a small concern you would like to raise with your partner: something mildly annoying or worrying, not the biggest hurt between you. Starting small lets you build the skill while the stakes are low.'),
(@id, 2, 'Write down how you would usually say it, without editing, for example: "You''re always on your phone and you never tell me who you''re talking to." Circle any words like "always", "never" or "you should", and any questions that are really accusations.'),
(@id, 3, 'Rewrite it in three parts: "I feel [one or two feeling words] about [one specific situation, described the way a camera would see it], and I need [a clear request for what you would like instead]." For example: "I feel uneasy when you''re texting during dinner and I don''t know what it''s about. I need us to keep dinner phone-free, or for you to tell me briefly if something urgent comes up."'),
(@id, 4, 'Check your new version. Does it describe one situation rather than your partner''s character? Is the request something your partner could actually do this week? Would you be glad to hear it said to you in this tone? Adjust it until the answer to all three is yes.'),
(@id, 5, 'Choose a calm moment and say it to your partner, keeping your voice soft and your shoulders relaxed. Then stop and listen to their answer. If they become defensive, you can say "I''m not blaming you; I''m telling you what I need," and leave it there for now.'),
(@id, 6, 'Afterwards, jot down what happened. Over the three weeks, try it at least three times, with a slightly bigger topic each time. If it goes well, you could invite your partner to use the same approach with you.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'How did your partner respond when you started gently, compared with how things usually go?', 'TEXT', NULL, NULL),
(@id, 2, 'How calm did you feel while you were speaking?', 'SCALE', 'Very tense', 'Completely calm'),
(@id, 3, 'Which part of "I feel... about... I need..." was hardest for you to put into words?', 'TEXT', NULL, NULL),
(@id, 4, 'How well do you think your partner understood what you needed?', 'SCALE', 'Not at all', 'Completely');

-- ---------------------------------------------------------------------------------------------
-- Exercise: empathy-swap (active-listening)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('empathy-swap', 'Empathy swap: telling it from your partner''s side', 'active-listening',
 'Helps you each step into your partner''s shoes by retelling a recent difficult moment from their point of view, so that you both feel understood and learn what the other went through.',
 40, 'Once a week for three weeks', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Pick a recent moment that was tense between you but is not the most painful event in your relationship, for example a disagreement about plans or a misunderstanding over a message. Set aside 40 minutes, put your phones away and sit facing each other. Decide who will be Partner A and who will be Partner B.'),
(@id, 2, 'Partner A briefly describes the moment from their own point of view: what happened, what they thought and what they felt. Keep it to about three minutes. Partner B listens without interrupting, paying attention to A''s face, voice and posture as well as the words.'),
(@id, 3, 'Partner B now tells the same moment back in the first person, as if they were A: "I came home tired, you were on the phone, and I felt invisible..." Try to include A''s feelings and worries, not just the facts. This is not agreeing that A was right; it is showing that you understand how it was for them.'),
(@id, 4, 'A says what B got right and what was missing or different. B tries again with the corrections until A says, "Yes, that''s how it felt."'),
(@id, 5, 'Swap roles. B describes the same moment from their side, and A retells it in the first person, as if they were B, and is corrected in the same way.'),
(@id, 6, 'Finish by each saying one sentence that begins "What I understand now about how it was for you is...". Don''t try to settle who was right. If things get heated at any point, use your pause word, spend at least 20 minutes apart, and come back to it later.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'By the end, how accurately did your partner describe your experience?', 'SCALE', 'Not at all', 'Completely'),
(@id, 2, 'What was hardest about telling the story from your partner''s side?', 'TEXT', NULL, NULL),
(@id, 3, 'What did you learn about your partner''s feelings that you had not seen before?', 'TEXT', NULL, NULL),
(@id, 4, 'How understood did you feel by the end of the exercise?', 'SCALE', 'Not at all', 'Completely');

-- ---------------------------------------------------------------------------------------------
-- Exercise: everyday-openness-routine (transparency)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('everyday-openness-routine', 'Everyday openness routine: plans, money and contacts', 'transparency',
 'Helps the partner who broke trust make openness part of daily life by sharing plans, spending and contacts before being asked, so the other partner no longer has to search or question to feel informed.',
 10, 'Every day for four weeks, then review together', 'ONE_PARTNER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'This exercise is for the partner who broke trust. Start by asking your partner which areas matter most to them, such as where you will be, money coming in and going out, or contact with particular people, and write down their answers. Agree together how much detail is enough in each area. The aim is to reassure, not to report on every minute of your day.'),
(@id, 2, 'Each morning, or the evening before, tell your partner your plans for the day in a couple of sentences: where you will be, roughly when, and who with, if that is relevant. For example: "I''m at the office until five, then at the gym. I''ll be home by seven."'),
(@id, 3, 'If your plans change during the day, let your partner know straight away with a short message, before they notice or start to wonder. Something like "Meeting running late, leaving at 5:30 instead" is enough.'),
(@id, 4, 'Mention money in the agreed areas as it happens: an unusual purchase, a cash withdrawal, a bill paid from a separate account. If you have agreed to share bank statements or a household budget, keep them up to date without being reminded.'),
(@id, 5, 'If someone from an agreed area gets in touch with you, tell your partner the same day: who it was, how they contacted you, and what you said. Mention it even when it feels awkward or unimportant; the awkward ones usually matter most to your partner.'),
(@id, 6, 'If you realize you forgot to share something, mention it as soon as you remember rather than hoping it won''t come up. After four weeks, sit down together and ask: Is this level of sharing helping? Is anything too much or too little? Adjust the routine together. Whatever you settle on should be offered freely by you and agreed by both of you, not extracted under pressure.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'This week, how often did you share something before your partner had to ask?', 'SCALE', 'Never', 'Every time'),
(@id, 2, 'What was hardest to mention, and what helped you mention it anyway?', 'TEXT', NULL, NULL),
(@id, 3, 'What has your partner said or shown about how the sharing affects them?', 'TEXT', NULL, NULL),
(@id, 4, 'How natural does sharing openly feel to you now?', 'SCALE', 'Very forced', 'Completely natural');

-- ---------------------------------------------------------------------------------------------
-- Exercise: daily-reliability-ritual (consistency)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('daily-reliability-ritual', 'Daily reliability ritual', 'consistency',
 'Helps you each choose one small act to do for the other every day and keep it up, so that you both have a steady, visible sign that you can count on each other.',
 15, 'Set up once, then every day for a month', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Sit down together for 15 minutes. Each of you names two or three small things your partner could do every day that would help you feel they are dependable and thinking of you. For example: a good-morning message, a call at lunchtime, making the coffee, a message when leaving work, walking the dog together, or ten minutes of talking before sleep with phones away.'),
(@id, 2, 'From your partner''s list, each of you chooses one ritual you are sure you can do every day, even on busy days. Keep it small. Something that happens without fail builds more trust than a grand gesture now and then.'),
(@id, 3, 'Be specific about when and how: "I''ll text you when I leave work, every weekday" rather than "I''ll keep in touch more". Write both rituals down and put them somewhere you will both see them.'),
(@id, 4, 'Set a reminder if it helps, and then simply do it, every day. If something really does prevent it, tell your partner in advance and make up for it as soon as you can. Don''t let it drop silently.'),
(@id, 5, 'When your partner carries out their ritual, notice it and acknowledge it with a simple "thanks" or a smile. There is no need to make a big deal of it; quiet recognition is enough.'),
(@id, 6, 'After a month, talk it over together: How often did each ritual happen? What difference did it make? Keep the rituals that help, change the ones that don''t fit, and consider adding a second small one.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'On how many days this week did you carry out your ritual, and what got in the way on any days you missed?', 'TEXT', NULL, NULL),
(@id, 2, 'At the moment, how much do you feel you can count on your partner?', 'SCALE', 'Not at all', 'Completely'),
(@id, 3, 'What effect did your partner''s ritual have on you this week?', 'TEXT', NULL, NULL),
(@id, 4, 'How confident are you that you can keep your ritual going for the rest of the month?', 'SCALE', 'Not at all', 'Completely');

-- ---------------------------------------------------------------------------------------------
-- Exercise: repair-after-a-slip (responsibility)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('repair-after-a-slip', 'Repair conversation after a slip', 'responsibility',
 'Helps you respond well when a commitment is broken or an old habit returns: owning it quickly and plainly, hearing how it affected your partner, and agreeing together how to put it right.',
 30, 'Whenever a commitment slips', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'If you are the one who slipped, for example you came home late without letting your partner know, left out something you had agreed to share, or broke a promise, raise it yourself as soon as you can. Don''t wait to see whether your partner notices. You might say: "I need to tell you about something I did, and I''d like us to talk about it. Is now a good time?"'),
(@id, 2, 'Before you talk, take a few minutes to get clear on three things: exactly what you did, what your partner may be feeling because of it, and what you will do to put it right. Notice any "but", "only" or "because" that wants to sneak in, and set it aside for now.'),
(@id, 3, 'Tell your partner plainly what happened, in a few sentences, starting with "I": "I said I''d be home at seven. I stayed out until ten and didn''t call. That was my choice." Then say you are sorry for the effect it had, without asking to be forgiven.'),
(@id, 4, 'If you are the partner who was let down, say how it affected you, keeping the focus on your feelings rather than on your partner''s character: "I felt scared and then angry, and it brought the old fear right back." The partner who slipped listens, says back what they heard and acknowledges it, for example: "I can see why it hit you that hard."'),
(@id, 5, 'Together, agree on one concrete step to put things right now and one to make a repeat less likely, such as setting a reminder, calling whenever plans change, or owning up within the hour next time. Keep both steps small and realistic.'),
(@id, 6, 'Close by each saying how you feel now, even if you still feel uneasy. The partner who slipped follows through on what was agreed, and you both mention at your next check-in how it went. If slips keep happening in the same area, take that pattern to your counselor.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'How promptly and openly was the slip brought up?', 'SCALE', 'Not at all', 'Completely'),
(@id, 2, 'If you slipped: what excuses or explanations did you notice wanting to make, and what did you do with them?', 'TEXT', NULL, NULL),
(@id, 3, 'If you were let down: what did your partner say or do that helped, and what was missing?', 'TEXT', NULL, NULL),
(@id, 4, 'Which steps did you agree on, and how will you both know they have happened?', 'TEXT', NULL, NULL),
(@id, 5, 'How repaired does the situation feel to you now?', 'SCALE', 'Not at all', 'Completely');

-- ---------------------------------------------------------------------------------------------
-- Exercise: boundaries-and-expectations-agreement (boundaries)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('boundaries-and-expectations-agreement', 'Boundaries and expectations agreement', 'boundaries',
 'Helps you agree, clearly and in writing, on what each of you needs in order to feel safe, what is and is not okay between you now, and what you can realistically expect from each other while trust is being rebuilt.',
 60, 'Once, then review every month', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Each of you first spends 15 minutes alone writing answers to these questions: What do I need from my partner to feel safe right now? What is not okay for me? What am I willing to offer? What am I not willing to do? Think about areas such as contact with particular people, phones and social media, money, time apart, alcohol, and how you speak to each other in arguments.'),
(@id, 2, 'Remember that a boundary is about what you will do to look after yourself, not about controlling your partner. "If you shout at me, I will leave the room and come back in half an hour" is a boundary; "You are not allowed to see your friends" is control. Read your list again and rewrite anything that sounds like control.'),
(@id, 3, 'Come together for about 45 minutes without distractions. Take turns sharing one item at a time. Before saying whether you can agree to it, the listener asks questions to understand it, such as "What would that look like from day to day?"'),
(@id, 4, 'Write down the points you both agree on, in plain and specific language, for example: "Neither of us will stay in private contact with [name]. If that person gets in touch, we tell each other the same day." Also write down what you can each expect over the next few months, for example: "Some days will feel worse than others, and questions about the past may still come up."'),
(@id, 5, 'Put any points you can''t agree on in a separate list to bring to your counselor, rather than pushing each other for a decision today.'),
(@id, 6, 'Both sign and date the agreement and keep a copy each. Choose a date about a month from now to look at it again. As trust grows, some boundaries may relax and new needs may appear; changing the agreement together is part of the process, not a failure.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'How much does this agreement help you feel safe?', 'SCALE', 'Not at all', 'Completely'),
(@id, 2, 'Which boundary or expectation matters most to you, and why?', 'TEXT', NULL, NULL),
(@id, 3, 'Which point was hardest to agree on, and what helped?', 'TEXT', NULL, NULL),
(@id, 4, 'How fair does the agreement feel to you?', 'SCALE', 'Not at all fair', 'Completely fair');

-- ---------------------------------------------------------------------------------------------
-- Exercise: realistic-timeline-conversation (boundaries)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('realistic-timeline-conversation', 'Realistic timeline conversation: how long trust takes', 'boundaries',
 'Helps you talk openly about what each of you expects the rebuilding to look like over the coming months, so that you share a realistic picture of how gradual it will be and neither of you feels rushed or left waiting without hope.',
 45, 'Once, then again after three months', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Set aside 45 minutes. Each of you starts alone by writing answers to these questions: How long do I think it will take before things feel mostly okay again? What do I expect to be different in one month, in three months and in a year? What would tell me that trust is coming back?'),
(@id, 2, 'Take turns sharing your answers without correcting each other. Often one partner hopes things will feel normal soon while the other senses it will take much longer. Both are understandable; the aim is simply to see where each of you is.'),
(@id, 3, 'Talk about the differences. If one of you is hoping for quicker change, ask: What makes the waiting hard? If one of you needs longer, ask: What would help you feel the progress is real? Listen for the fear underneath, such as the fear of being punished forever or the fear of being hurt again.'),
(@id, 4, 'Agree on a few realistic expectations for the next three months and write them down, for example: "There will be good days and bad days. Questions about the past may come back, and we will answer them calmly. We won''t treat one bad day as proof that nothing is working."'),
(@id, 5, 'Agree on some signs of progress you can both watch for that don''t depend on a deadline, such as talking about the hurt without shouting, or getting through a whole weekend without checking up on each other.'),
(@id, 6, 'Keep what you wrote and come back to it in three months, or sooner if either of you feels the expectations no longer fit. Adjust them together as things change.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'How close are your expectations about the pace of rebuilding to your partner''s?', 'SCALE', 'Very far apart', 'Very close'),
(@id, 2, 'What did you learn about the fear or hope underneath your partner''s expectations?', 'TEXT', NULL, NULL),
(@id, 3, 'Which of the expectations you agreed on will be hardest for you to hold on to, and what might help?', 'TEXT', NULL, NULL),
(@id, 4, 'After this conversation, how pressured do you feel about the pace of things?', 'SCALE', 'Not pressured at all', 'Very pressured');

-- ---------------------------------------------------------------------------------------------
-- Exercise: one-fear-one-hope (vulnerability)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('one-fear-one-hope', 'Sharing one fear and one hope', 'vulnerability',
 'Helps you lower your guard a little at a time by telling your partner about one fear and one hope, and by receiving theirs gently, so that being open starts to feel safer between you.',
 30, 'Once a week for four weeks', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Choose a calm time and a comfortable, private place where you can sit close together, and put your phones away. Agree that nothing shared here will be used against each other in a later argument.'),
(@id, 2, 'Before you talk, each of you takes five minutes alone to finish two sentences on paper: "One thing I''m afraid of in our relationship is..." and "One thing I hope for us is...". Choose something true that feels a little risky to say, but not the most painful thing you carry. You can go deeper in later weeks.'),
(@id, 3, 'Take turns. The first person shares their fear and, if they like, where it comes from, for example: "I''m afraid I''ll never feel relaxed with you again. I think it reminds me of how unsure I felt as a child." The listener doesn''t argue, rush to reassure or try to fix it, but says back what they heard and thanks their partner for saying it.'),
(@id, 4, 'The same person then shares their hope, and the listener responds in the same way. Then swap roles.'),
(@id, 5, 'When you have both shared, sit together quietly for a minute. If it feels right, hold hands or lean against each other. Then each say in a sentence what it was like to share and what it was like to listen.'),
(@id, 6, 'In the following weeks, repeat the exercise with a new fear and a new hope, going a little deeper each time if it feels safe. Insecurities and old hurts from before this relationship are welcome too. If something you hear is very hard to take in, say so gently and come back to it with your counselor.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'How safe did it feel to share your fear?', 'SCALE', 'Not at all safe', 'Completely safe'),
(@id, 2, 'What was it like to hear your partner''s fear and hope?', 'TEXT', NULL, NULL),
(@id, 3, 'What did your partner do, or not do, that made it easier or harder to open up?', 'TEXT', NULL, NULL),
(@id, 4, 'How close did you feel to your partner afterwards?', 'SCALE', 'Not at all close', 'Very close');

-- ---------------------------------------------------------------------------------------------
-- Exercise: closeness-questions (vulnerability)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('closeness-questions', 'Closeness questions in three rounds', 'vulnerability',
 'Helps you get to know each other again by taking turns answering questions that go a little deeper with each round, so that sharing personal things becomes easier and closeness can grow.',
 45, 'One round a week for three weeks', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Set aside 45 minutes in a relaxed setting where you won''t be interrupted, perhaps with a cup of something you both like. Sit facing each other. Agree that either of you can pass on any question without having to explain why. Each week, take turns reading out a question; you both answer it before moving on to the next.'),
(@id, 2, 'Week one, the warm-up round: What would a perfect ordinary day look like for you? What is something you have wanted to learn for years? What small thing made you happy this month? Which childhood memory still makes you smile? What are you proud of that most people don''t know about?'),
(@id, 3, 'Week two, the middle round: What do you value most in a friend? When did you last cry, and what about? What do you find hard to ask for? If you could change one thing about how you were raised, what would it be? What is one thing you admire about me that you have never said out loud?'),
(@id, 4, 'Week three, the deeper round: What is something you are still nervous to tell me? What do you need from me when you are struggling? Which moment in our relationship do you treasure most? What are you most unsure about in yourself? What do you hope we will be able to say about us in five years?'),
(@id, 5, 'While your partner answers, give them your full attention and keep your reactions gentle. Ask a follow-up question if you are curious, but don''t debate or correct. Keep the conversation about the two of you as people; if it drifts toward the betrayal, note it and save it for another time.'),
(@id, 6, 'At the end of each round, sit together quietly for a minute, then each share one thing you learned or felt during the round.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'What did you learn about your partner in this round that you didn''t know before?', 'TEXT', NULL, NULL),
(@id, 2, 'By the end of the round, how close did you feel to your partner?', 'SCALE', 'Not at all close', 'Very close'),
(@id, 3, 'Which question was hardest for you to answer honestly, and why?', 'TEXT', NULL, NULL),
(@id, 4, 'How comfortable were you sharing personal things in this round?', 'SCALE', 'Very uncomfortable', 'Completely comfortable');

-- ---------------------------------------------------------------------------------------------
-- Exercise: letting-go-ritual (forgiveness)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('letting-go-ritual', 'Letting-go ritual for one resentment a week', 'forgiveness',
 'Helps you set down resentment little by little by choosing one specific grudge each week, looking at it honestly and deciding what you are ready to release, without pretending it did not matter.',
 20, 'Once a week for six weeks', 'ONE_PARTNER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Set aside 20 minutes in a quiet place at the same time each week. Have some small cards or slips of paper, a pen and a container such as a bowl, box or envelope.'),
(@id, 2, 'Think of the resentments you carry about what happened, big and small: a particular lie, a remark, a spoiled birthday, a moment you felt humiliated. Choose one that is specific and not the heaviest. It helps to begin where letting go feels possible.'),
(@id, 3, 'On a card, describe the resentment in one or two sentences. Underneath, write what it costs you to keep holding on to it, for example: "I replay it every time we go out" or "I can''t enjoy that song any more."'),
(@id, 4, 'Ask yourself what letting go of this one would mean for you. It doesn''t mean saying it was acceptable, and it doesn''t mean forgetting. It might mean no longer bringing it up as a weapon, not going over it at night, or accepting that it can''t be undone. On the back of the card, write one sentence about what you are choosing to release, such as "I am putting down the need to go over this again."'),
(@id, 5, 'Mark the choice with something simple and physical: fold the card and put it in the container, tear it up, or take a slow breath and put it away. If you find you are not ready to release it, that is fine too. Keep that card somewhere separate, note what would need to happen before you could let it go, and come back to it another week.'),
(@id, 6, 'During the week, if the resentment returns, notice it, remind yourself of what you chose, and turn your attention to something in the present. After six weeks, look back at your cards and notice how your feelings about them have shifted. You might tell your partner about your progress, or take the harder ones to your counselor.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'Which resentment did you work with this week, and what did you decide to do with it?', 'TEXT', NULL, NULL),
(@id, 2, 'Before the ritual, how heavily did this resentment weigh on you?', 'SCALE', 'Not at all', 'Very heavily'),
(@id, 3, 'And how heavily does it weigh on you now?', 'SCALE', 'Not at all', 'Very heavily'),
(@id, 4, 'What helped you, or what held you back, when you tried to let go?', 'TEXT', NULL, NULL);

-- ---------------------------------------------------------------------------------------------
-- Exercise: self-forgiveness-reflection (forgiveness)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('self-forgiveness-reflection', 'Self-forgiveness reflection', 'forgiveness',
 'Helps you look at something you blame yourself for with both honesty and kindness, so that you can learn from it and move forward instead of staying stuck in guilt or shame.',
 30, 'Once, and again whenever guilt comes back', 'ONE_PARTNER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'This reflection can help either partner. You might blame yourself for what you did, for how you reacted when you found out, or for not seeing things sooner. Find 30 quiet minutes alone with a notebook.'),
(@id, 2, 'Write down in a few plain sentences what you blame yourself for. Stick to what happened rather than verdicts about yourself: "I said cruel things during the argument in March" rather than "I am a terrible person".'),
(@id, 3, 'Next, write what was going on for you at the time: what you were feeling, what you knew and didn''t know, what pressures you were under. This is not to excuse anything. It is to see yourself as a whole person who acted in a particular situation.'),
(@id, 4, 'Write what you have already done, or still want to do, to take responsibility or make amends, such as an apology, a change in how you behave, or asking for help. If something is still left to do, add one small step and when you will take it.'),
(@id, 5, 'Imagine a good friend told you this same story about themselves. Write down what you would say to them, then read it back to yourself slowly. Notice whether you are holding yourself to a harsher standard than you would hold anyone else.'),
(@id, 6, 'End with one sentence about who you want to be from here on, for example: "I want to be someone who tells the truth, even when it''s hard." If guilt or shame feels overwhelming, or you have thoughts of harming yourself, contact your counselor, your doctor or a crisis line straight away.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'At the moment, how harshly do you judge yourself about this?', 'SCALE', 'Not at all harshly', 'Extremely harshly'),
(@id, 2, 'What would you say to a friend in your situation, and how does it feel to say it to yourself?', 'TEXT', NULL, NULL),
(@id, 3, 'What is one step you can take this week to make amends or to grow from what happened?', 'TEXT', NULL, NULL);

-- ---------------------------------------------------------------------------------------------
-- Exercise: appreciation-exchange (connection)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('appreciation-exchange', 'Appreciation and gratitude exchange', 'connection',
 'Helps you notice what you value in each other and say it out loud every week, so that warmth and goodwill can grow again alongside the hard work of rebuilding trust.',
 15, 'Once a week', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'During the week, each of you keeps a short private list, on paper or on your phone. Whenever your partner does something you appreciate, however small, jot it down with the day: a kind message, listening well, keeping a promise, making you laugh, taking care of a chore without being asked.'),
(@id, 2, 'Also add one or two things you are grateful for about who your partner is, not only what they did, such as their patience, their sense of humor, or how hard they are trying.'),
(@id, 3, 'At the end of the week, choose a relaxed 15 minutes, perhaps over a hot drink or on a walk. Take turns sharing three things from your list, one at a time.'),
(@id, 4, 'Make each appreciation specific and say why it mattered: "On Tuesday you called when the train was late. It meant I didn''t spend the evening worrying." If you are receiving it, simply say "thank you" and let it sink in; don''t brush it off or turn it into a joke.'),
(@id, 5, 'Finish by each sharing one thing you are grateful for about the relationship itself this week, even if the week was difficult.'),
(@id, 6, 'Keep this time free of complaints; if something is bothering you, save it for your check-in. Hold on to your lists and, every month or so, read back through them together.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'Which appreciation from your partner touched you most this week?', 'TEXT', NULL, NULL),
(@id, 2, 'How appreciated by your partner did you feel this week?', 'SCALE', 'Not at all', 'Very much'),
(@id, 3, 'Was anything hard about giving or receiving appreciation? If so, what?', 'TEXT', NULL, NULL),
(@id, 4, 'After the exchange, how warm did you feel toward your partner?', 'SCALE', 'Not at all warm', 'Very warm');

-- ---------------------------------------------------------------------------------------------
-- Exercise: self-worth-inventory (self-growth)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('self-worth-inventory', 'Self-worth inventory', 'self-growth',
 'Helps you take stock of your strengths, values and achievements outside the relationship, so that your sense of your own worth rests on firmer ground while trust is being rebuilt.',
 30, 'Once, then add to it each week for a month', 'ONE_PARTNER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Find 30 minutes alone with a notebook. Broken trust can shake how you see yourself, whichever side of it you are on. This inventory is about you as a person, not about the relationship.'),
(@id, 2, 'Write down at least five strengths you have, such as being patient, funny, practical, loyal to friends or hard-working. If this feels hard, think about what friends, colleagues or family tend to come to you for.'),
(@id, 3, 'List things you have done that you are proud of, from any time in your life: a challenge you got through, something you learned, someone you helped, a time you stood up for yourself or for someone else.'),
(@id, 4, 'Write down three values you want to live by, for example honesty, kindness, courage or fairness. For each one, add a recent example of a time you acted on it.'),
(@id, 5, 'Now notice the harsh things you tell yourself, such as "I''m not enough" or "I always mess things up", and write them down. Beside each one, write a fairer, more balanced statement based on what you have just listed, for example: "I am struggling right now, and I am also someone who keeps going."'),
(@id, 6, 'Keep the inventory where you can reach it easily. Each week for a month, add at least one new item, and read it through whenever you feel low or start doubting your worth. If feeling worthless is constant or heavy, talk it over with your counselor or your doctor.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'Today, how much do you value yourself as a person?', 'SCALE', 'Not at all', 'Very much'),
(@id, 2, 'Which item on your inventory was hardest to write down, and why?', 'TEXT', NULL, NULL),
(@id, 3, 'Which harsh thought about yourself came up most this week, and what balanced answer did you give it?', 'TEXT', NULL, NULL),
(@id, 4, 'What did you add to your inventory this week?', 'TEXT', NULL, NULL);

-- ---------------------------------------------------------------------------------------------
-- Exercise: personal-growth-goal (self-growth)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('personal-growth-goal', 'Personal growth goal with weekly steps', 'self-growth',
 'Helps you choose one area of your own behavior or well-being to work on, including your own part in the difficulties, and make steady progress through small weekly steps.',
 20, 'Plan once, then review weekly for eight weeks', 'ONE_PARTNER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Take 20 quiet minutes and think honestly about your own patterns, not your partner''s. What do you tend to do when you are hurt, anxious or stressed that makes things harder, for you or between you? You might notice going silent, snapping, avoiding hard talks, needing constant reassurance, or telling small lies to keep the peace. Looking at your own part does not mean taking the blame for your partner''s choices.'),
(@id, 2, 'Choose one area to work on for the next eight weeks. It can be linked to the relationship, such as staying calm in disagreements, or to your own well-being, such as building confidence, managing worry, looking after your health or reconnecting with friends.'),
(@id, 3, 'Describe your goal as something you will do, in a way you could see or count, for example "When I feel upset, I will say so within a day instead of going quiet for a week" rather than "be better at communicating".'),
(@id, 4, 'Break it into small weekly steps. In the first week you might simply notice when the pattern happens and write it down; later weeks might add trying one new response, reading about the topic, or asking a friend for support.'),
(@id, 5, 'At the same time each week, spend ten minutes reviewing: What did I do? What got in the way? What is my step for next week? Write down any progress, however small.'),
(@id, 6, 'Consider telling your partner or your counselor what you are working on, so they can notice and encourage your progress. After eight weeks, look back at where you started and decide whether to continue, adjust your goal or choose a new one.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'What is your growth goal, in one sentence?', 'TEXT', NULL, NULL),
(@id, 2, 'How much progress have you made toward your goal so far?', 'SCALE', 'None yet', 'A great deal'),
(@id, 3, 'What got in the way this week, and what will you do differently next week?', 'TEXT', NULL, NULL),
(@id, 4, 'Compared with when you started, how confident do you feel in yourself?', 'SCALE', 'Much less confident', 'Much more confident');

-- ---------------------------------------------------------------------------------------------
-- Exercise: setback-plan (patience)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('setback-plan', 'Setback plan: when it feels like day one again', 'patience',
 'Helps you prepare together for the hard days when the hurt comes back as strongly as at the start, so that a setback is met calmly and does not undo the progress you have made.',
 45, 'Make the plan once, then use it whenever a setback comes', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Choose a calm, good day for this, not the middle of a setback, and sit down together for 45 minutes. Start by agreeing on one simple truth: setbacks are a normal part of rebuilding trust, not proof that it has failed.'),
(@id, 2, 'Each of you describes what a setback looks like for you. It might start with a reminder such as an anniversary, a song or a place, a sudden wave of doubt, a sleepless night spent replaying the past, or an old argument flaring up. List the reminders that are most likely to set one off.'),
(@id, 3, 'Each of you then says what helps most when a setback happens, and what makes it worse. The partner who was hurt might want to be asked "Is it a hard day?" and be held, or might need some space. The other partner might need to hear that one bad day is not a verdict on everything they have done. Write both lists down.'),
(@id, 4, 'Agree on a short signal either of you can use to say "I''m having a setback", such as a code word or a particular text, and agree what each of you will do when it is used. Include first steps for the person having the setback, such as a walk, slow breathing or writing in a journal, and what the other will do, such as staying calm, answering questions honestly without getting defensive, or giving space.'),
(@id, 5, 'Together, write a few lines to read on a bad day, for example: "We have been here before and got through it. One bad day does not erase the good weeks." Underneath, list three signs of progress you have already seen.'),
(@id, 6, 'Keep the plan where you can both find it. After each setback, once things are calm again, spend ten minutes talking about what helped and what didn''t, and update the plan. If setbacks are coming more often or feel more intense, take this to your counselor.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'How prepared do you feel for the next setback?', 'SCALE', 'Not at all', 'Completely'),
(@id, 2, 'What is the most helpful thing your partner can do when you are having a setback?', 'TEXT', NULL, NULL),
(@id, 3, 'After a setback: what helped, and what would you change in the plan?', 'TEXT', NULL, NULL),
(@id, 4, 'After your most recent setback, how quickly did you find your way back to steadier ground?', 'SCALE', 'Very slowly', 'Very quickly');

-- ---------------------------------------------------------------------------------------------
-- Exercise: time-capsule-for-future-selves (patience)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('time-capsule-for-future-selves', 'Time capsule for your future selves', 'patience',
 'Helps you write down where you each are today and what you hope for, to be opened together in three months, so that you can see how much has changed and trust the slow pace of progress.',
 45, 'Once, then opened together three months later', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Find 45 minutes together, with two sheets of paper and two envelopes, and pick a date three months from now. Each of you will write on your own for about 20 minutes and seal your pages without reading each other''s.'),
(@id, 2, 'Write to yourself as you will be in three months. Describe honestly where you are today: how much you trust, what feels hard, what a typical evening at home is like, what you worry about. Include some concrete details; they will help you notice change later.'),
(@id, 3, 'Then write what you hope will be different by the time you open it, keeping it realistic. Small changes count, such as laughing together more often, or getting through a hard conversation without it turning into a fight.'),
(@id, 4, 'Add a few kind words for yourself for the days in between, for example: "If it still feels slow when you read this, remember that you kept going." Sign and date your page.'),
(@id, 5, 'Seal each page in its envelope, write the opening date on the front and put both somewhere safe. Put the date in both your calendars.'),
(@id, 6, 'When the day comes, sit down together and each read your own page first, then read them to each other if you both agree. Talk about what has changed, what hasn''t yet, and what you are proud of. If you like, write new pages for another three months on.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'Right now, how patient do you feel with the pace of rebuilding?', 'SCALE', 'Not at all', 'Completely'),
(@id, 2, 'What do you most hope will be true when you open your page?', 'TEXT', NULL, NULL),
(@id, 3, 'When you opened it: what has changed that you might not have noticed otherwise?', 'TEXT', NULL, NULL);

-- ---------------------------------------------------------------------------------------------
-- Exercise: small-victories-jar (small-victories)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('small-victories-jar', 'Small-victories jar', 'small-victories',
 'Helps you notice each step forward, however small, and keep a record of it in a shared jar, so that on hard days you can both see how far you have come.',
 10, 'A few minutes most days, and once a month together', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Find a jar or box, a stack of small slips of paper and a pen, and keep them somewhere you both pass every day, such as the kitchen. You can decorate the jar together if you like.'),
(@id, 2, 'Whenever either of you notices a small victory, write it on a slip with the date and drop it in. For example: a calm talk about something difficult, a promise kept, an evening of laughing together, a day without checking the other''s phone, a setback handled better than last time, a hug that felt natural.'),
(@id, 3, 'Write about what went well, not about what your partner finally stopped doing. "We planned the weekend without arguing" will feel much better to read later than "You didn''t get defensive for once".'),
(@id, 4, 'When you add a slip, you can tell your partner about it or keep it as a surprise for later; both are fine. Aim for a few slips each week from each of you.'),
(@id, 5, 'Once a month, sit down together for about 20 minutes, empty the jar and take turns reading the slips aloud. Notice which ones make you smile. Then mark the month with something small you both enjoy, such as a favorite meal, a walk or a film.'),
(@id, 6, 'Keep each month''s slips in their own envelope. On a hard day, either of you can open an old envelope and read through it as a reminder that progress is real, even when it doesn''t feel like it.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'Which victory in the jar meant the most to you this month?', 'TEXT', NULL, NULL),
(@id, 2, 'Looking at the slips, how much progress do you feel you have made together?', 'SCALE', 'None at all', 'A great deal'),
(@id, 3, 'After reading the slips, how motivated do you feel to keep going?', 'SCALE', 'Not at all', 'Very motivated'),
(@id, 4, 'What kind of small victory would you like to see in the jar next month?', 'TEXT', NULL, NULL);

-- ---------------------------------------------------------------------------------------------
-- Exercise: milestones-and-celebrations (small-victories)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('milestones-and-celebrations', 'Milestones and celebrations plan', 'small-victories',
 'Helps you agree on a few realistic milestones on the way to rebuilding trust and choose a simple way to mark each one, so that progress is noticed and celebrated when it happens.',
 40, 'Plan once, then celebrate each milestone as you reach it', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Sit down together for 40 minutes. Each of you writes three to five small, realistic milestones you would like to reach in the next few months. Make them things you could both see happen, for example: "A month of weekly check-ins without missing one", "A weekend away without a fight", "A week without me checking your phone", "The first time we talk about what happened and both stay calm".'),
(@id, 2, 'Share your lists and choose five or six milestones together, mixing quick ones you could reach within a couple of weeks with some that may take a few months. Make sure each of you has at least one milestone that matters especially to you.'),
(@id, 3, 'For each milestone, choose a small way to celebrate that you would both enjoy and that fits your budget: cooking a favorite meal together, a picnic, an evening out, a card with a few honest words, or simply an hour of doing something fun with no talk about problems.'),
(@id, 4, 'Write the milestones and celebrations on one page and put it somewhere you will both see it, such as on the fridge. Leave space next to each one to write the date you reach it.'),
(@id, 5, 'When you reach a milestone, say so out loud, write the date on the page and hold the celebration within the following week. While you celebrate, each say what you think helped you get there.'),
(@id, 6, 'If a milestone is taking longer than you hoped, don''t treat it as a failure. Talk about whether it needs breaking into smaller steps, and keep celebrating the ones you do reach. Add new milestones as you go.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'Which milestone matters most to you, and why?', 'TEXT', NULL, NULL),
(@id, 2, 'How much do you feel your progress is being noticed and valued?', 'SCALE', 'Not at all', 'Very much'),
(@id, 3, 'After a celebration: what do you each think helped you reach that milestone?', 'TEXT', NULL, NULL),
(@id, 4, 'How much did you enjoy celebrating together?', 'SCALE', 'Not at all', 'Very much');

-- ---------------------------------------------------------------------------------------------
-- Exercise: monthly-relationship-review (check-ins)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('monthly-relationship-review', 'Monthly relationship review', 'check-ins',
 'Gives you a longer conversation once a month to look back at how trust and closeness have developed, review your agreements and choose what to focus on next, so that you can both see where you are heading.',
 60, 'Once a month', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Put a regular date in both your calendars, for example the first Sunday of each month, and set aside an hour somewhere comfortable. Before you meet, each of you spends ten minutes alone looking back over the month, including any notes from your weekly check-ins.'),
(@id, 2, 'Start with what went well. Each of you names two or three things that were better this month than last, however small. Don''t skip this part, even after a hard month.'),
(@id, 3, 'Each of you rates these areas from 0 to 10 and adds a sentence about each rating: how much you trust your partner; how safe you feel talking openly; how close you feel; how much fun you have together; how well you are each keeping your agreements. Just listen to each other''s numbers; don''t argue about them.'),
(@id, 4, 'Go through your current agreements, such as your ground rules, boundaries, openness routine or daily rituals. For each one, ask: Is it working? Is it still needed? Does it need to change? Update anything that no longer fits where your relationship is now.'),
(@id, 5, 'Choose one area to focus on in the coming month and agree on one or two specific steps, for example "one new-experience date" or "telling each other about changes of plan the same day". Write them down.'),
(@id, 6, 'End by each saying one thing you feel hopeful about. Keep your ratings from month to month so that you can look back and see the trend. If a rating drops sharply, or a topic keeps getting stuck, take it to your counselor.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'Compared with last month, how has trust between you developed?', 'SCALE', 'Much worse', 'Much better'),
(@id, 2, 'Which change this month are you most glad about?', 'TEXT', NULL, NULL),
(@id, 3, 'Which agreement did you change or drop, and why?', 'TEXT', NULL, NULL),
(@id, 4, 'What will you focus on next month, and what is the first step?', 'TEXT', NULL, NULL);

-- ---------------------------------------------------------------------------------------------
-- Exercise: early-warning-signs-map (recognize-signs)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('early-warning-signs-map', 'Early-warning signs map with a calm-down plan', 'recognize-signs',
 'Helps you learn the first signs in your body, thoughts and behavior that distrust is taking over, and plan in advance how you will calm yourself before acting on them.',
 40, 'Once, then update every month', 'ONE_PARTNER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Take 40 quiet minutes with a sheet of paper and draw three columns: "Body", "Thoughts" and "What I do or want to do". Think back to two or three recent times when distrust flared up and you reacted in a way you later regretted.'),
(@id, 2, 'Under "Body", write the first physical signs you notice, such as a hot face, a clenched jaw, a knot in your stomach, shallow breathing or restlessness. Under "Thoughts", write the phrases that run through your head, like "They''re lying", "I''m not enough" or "I can''t rely on anyone".'),
(@id, 3, 'Under "What I do or want to do", be honest about what follows. Look especially for these patterns: jealousy or possessiveness (questioning, wanting a say in who your partner sees); checking (phone, location, accounts); pulling away (going silent, avoiding closeness, staying out late); leaning too hard (needing constant reassurance, finding it hard to cope alone); and suspicion that stays even when nothing seems wrong.'),
(@id, 4, 'Mark each sign green (early and still easy to handle), amber (building) or red (close to acting on it). Many people find their body gives the earliest warning.'),
(@id, 5, 'Now write a calm-down plan for each level. Green: name what is happening, to yourself ("This is my old fear showing up"). Amber: do something that settles your body for at least 15 minutes, such as a walk, slow breathing, cold water on your face, music or calling a friend. Red: make no decisions and send no messages until you are calmer; then, if you still need to, talk to your partner starting with "I feel..." rather than an accusation.'),
(@id, 6, 'Keep a photo of your map on your phone. Over the next month, whenever you notice a sign, look at the map and try your plan. Once you have used it a few times, consider showing it to your partner so they know what helps you, and bring any sign that keeps ending in red to your counselor.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'Which early-warning sign do you usually notice first?', 'TEXT', NULL, NULL),
(@id, 2, 'How often were you able to use your calm-down plan before acting on the feeling?', 'SCALE', 'Never', 'Every time'),
(@id, 3, 'Which pattern do you recognize most in yourself: jealousy, checking, pulling away, leaning too hard or constant suspicion? How does it usually play out?', 'TEXT', NULL, NULL),
(@id, 4, 'Which part of your plan helped most, and what would you change?', 'TEXT', NULL, NULL);

-- ---------------------------------------------------------------------------------------------
-- Exercise: session-preparation-sheet (professional-help)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('session-preparation-sheet', 'Session preparation sheet', 'professional-help',
 'Helps you arrive at each session with your counselor knowing what has happened since last time, what you want to talk about and what you need help with, so that you get the most out of your time together.',
 15, 'Before each session', 'ONE_PARTNER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'A day or two before your session, take 15 minutes alone with a notebook or a note on your phone. Each partner can do this separately; you don''t need to agree on your answers.'),
(@id, 2, 'Write a few lines about how things have been since the last session. Note anything important that happened: a good moment, a setback, an argument, a breakthrough, or a change at work or at home.'),
(@id, 3, 'Look back at any homework from the last session. Write what you did, what went well, what was hard, and anything you didn''t manage and why. Be honest; your counselor can help far more with what really happened than with what you think should have happened.'),
(@id, 4, 'Write down the one or two topics that matter most to you for this session, most important first. For each, note what you would like help with, for example: "We keep arguing about my phone. I''d like help finding an arrangement we can both live with."'),
(@id, 5, 'Note anything you find hard to say in front of your partner, and think about how and when you could raise it. If you are unsure, you can ask your counselor how they handle things one partner finds hard to say in joint sessions.'),
(@id, 6, 'Rate how you are feeling right now from 0 to 10 and bring the sheet with you. Glance at it at the start of the session so that your main topic doesn''t get lost.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'How prepared do you feel for your next session?', 'SCALE', 'Not at all', 'Completely'),
(@id, 2, 'What is the most important thing you want help with in this session?', 'TEXT', NULL, NULL),
(@id, 3, 'Is there anything you have been holding back in sessions? What would make it easier to bring up?', 'TEXT', NULL, NULL);

-- ---------------------------------------------------------------------------------------------
-- Exercise: after-session-debrief (professional-help)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('after-session-debrief', 'After-session debrief', 'professional-help',
 'Helps you both hold on to what came out of a session with your counselor and turn it into action at home, through a short, calm conversation soon afterwards.',
 20, 'Within a day of each session', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Sessions can stir up strong feelings. Give yourselves some time to settle first, such as a walk or a quiet hour, but try to talk within a day, while things are still fresh. Set aside 20 minutes without distractions.'),
(@id, 2, 'Each of you shares one thing you took away from the session: something you learned, a moment that moved you, or something your partner said that you want to remember. Listen to each other without commenting.'),
(@id, 3, 'Agree on what the homework or next steps are, and write them down with who will do what and by when. If you remember a task differently, write down both versions and check with your counselor rather than arguing about it.'),
(@id, 4, 'Each say briefly how you are feeling after the session, for example relieved, raw, hopeful or unsettled. If something said in the session is still hurting, you can name it, but don''t replay the session''s disagreements at home. Write it down to bring to your next appointment instead.'),
(@id, 5, 'Choose one tool or idea from the session that you will both try this week, such as a new way of taking a break during an argument or a different way of asking for reassurance.'),
(@id, 6, 'Finish on a kind note: thank each other for going and for being willing to do this work. Keep your notes together so that you can look at them when you prepare for the next session.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'What is the main thing you took away from this session?', 'TEXT', NULL, NULL),
(@id, 2, 'How clear are you both about what to do before the next session?', 'SCALE', 'Not at all clear', 'Completely clear'),
(@id, 3, 'Which tool or idea from the session did you try this week, and how did it go?', 'TEXT', NULL, NULL),
(@id, 4, 'How useful did this session feel to you?', 'SCALE', 'Not at all useful', 'Very useful');
