-- Seed data for the exercise library: all trust-rebuilding strategies and a first set of eight
-- library exercises, each with its ordered steps and reflection prompts.
-- This migration is never edited once applied; later additions and revisions come as new migrations.

-- ---------------------------------------------------------------------------------------------
-- Strategies
-- ---------------------------------------------------------------------------------------------

INSERT INTO strategy (strategy_key, name, summary, sort_order) VALUES
('acknowledge', 'Acknowledge the problem',
 'Saying honestly, and without pointing fingers, that trust has become a difficulty between you. It often starts with writing privately about what you feel and then telling your partner what you have noticed.',
 10),
('root-causes', 'Understand the past and the root causes',
 'Looking back at what shaped the doubt, such as an earlier betrayal or abandonment, what you learned growing up, personal insecurities or expectations from your culture, and at what led to this particular break. Knowing where the hurt comes from makes it easier to work on.',
 20),
('communication', 'Open and honest communication',
 'Making room to talk where each of you can say what you feel, worry about and fear without being judged. Couples usually protect this time from distractions and agree simple rules, such as letting each other finish.',
 30),
('active-listening', 'Listening and empathy',
 'Listening in order to understand your partner rather than to prepare your reply, and paying attention to tone and body language as well as words. It includes letting your partner know their feelings make sense and trying to see things from where they stand.',
 40),
('transparency', 'Transparency',
 'Offering information before you are asked, especially about the things that fed the mistrust, such as money, friendships and contacts, or where you are. Over time this grows into a shared habit of openness and accountability.',
 50),
('consistency', 'Consistency and reliability',
 'Doing what you said you would do, again and again, so that your actions back up your words. Small, dependable routines give your partner something solid to lean on.',
 60),
('responsibility', 'Taking responsibility',
 'Owning what you did without excuses or turning it back on your partner, and offering a sincere apology. It means grasping what your choices did to your partner and committing to concrete change.',
 70),
('boundaries', 'Boundaries and realistic expectations',
 'Agreeing together on what each of you needs in order to feel safe and what is and is not okay, while accepting that trust returns step by step. The agreements are revisited as the relationship changes.',
 80),
('vulnerability', 'Embrace vulnerability',
 'Lowering your guard enough to tell your partner about your fears, insecurities and old wounds. Being open in this way invites understanding and closeness.',
 90),
('forgiveness', 'Forgiveness and letting go',
 'Gradually setting down resentment so it no longer runs your days, which is different from forgetting or saying that what happened was acceptable. It can include forgiving yourself as well as your partner, and turning your attention toward the future.',
 100),
('connection', 'New shared experiences and emotional connection',
 'Spending good time together and trying things that are new to you both, like a hobby, an outing or a surprise date, so you gather memories that have nothing to do with the hurt. This slowly restores closeness and intimacy.',
 110),
('self-growth', 'Self-improvement and self-worth',
 'Looking honestly at your own part in the difficulties and working on your own insecurities, self-esteem and confidence. Feeling steadier in yourself helps the relationship too.',
 120),
('patience', 'Patience with the process',
 'Accepting that healing is slow, that setbacks are part of the road and that change will not come overnight. Patience with each other and with yourself helps you keep going.',
 130),
('small-victories', 'Celebrate small victories',
 'Noticing and marking each step forward, however modest, so you can both see progress and stay motivated.',
 140),
('check-ins', 'Regular check-ins',
 'Setting aside planned, regular conversations about how the relationship is doing, so small worries are raised early and you can both see how things are moving.',
 150),
('recognize-signs', 'Recognize the signs',
 'Learning to notice, in the moment, when distrust shows up as jealousy, possessiveness, pulling away, leaning too heavily on your partner or constant suspicion.',
 160),
('professional-help', 'Work with a professional',
 'Working with a counselor who can guide your conversations, teach ways to handle conflict and support you both emotionally. It includes getting ready for sessions and carrying what you learn into daily life.',
 170);

-- ---------------------------------------------------------------------------------------------
-- Exercise: speaker-listener (active-listening)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('speaker-listener', 'Speaker-listener with paraphrasing', 'active-listening',
 'Helps you slow a hard conversation down so that each of you feels heard before anyone replies. You practise listening to understand, and checking that you understood correctly.',
 30, 'Twice a week', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Choose a quiet half hour when neither of you is rushed. Put your phones in another room and sit facing each other. Pick a small object, such as a pen or a coaster, to be the "floor": only the person holding it speaks. Agree on a pause word, for example "timeout", that either of you can say at any moment to stop for 20 minutes, and agree that you will come back afterwards.'),
(@id, 2, 'Decide who speaks first. If one of you has been carrying more hurt lately, let that person start. The speaker holds the floor for up to three minutes and stays on one topic. Talk about your own feelings and needs ("I felt scared when...", "I need...") rather than describing your partner''s character. Keep to short pieces so your partner can take them in.'),
(@id, 3, 'If you are the listener, your only job is to understand. Don''t interrupt, defend yourself, correct the facts or plan your answer. Watch your partner''s face, voice and posture as well as the words. When the speaker pauses, put what you heard into your own words, for example: "So when I came home late without texting, you felt alone and afraid. Have I got that right?"'),
(@id, 4, 'The speaker says what the listener got right and gently fills in anything that was missed. The listener tries again until the speaker says "Yes, that''s it." Then the listener adds one sentence that shows the feeling makes sense, such as "I can see why that hurt." You don''t have to agree with every detail to do this.'),
(@id, 5, 'Hand over the floor. The other partner now speaks for up to three minutes and the roles reverse. Go back and forth for two or three rounds each, staying on the same topic. Save any new topic for another session.'),
(@id, 6, 'If either of you starts raising your voice, feels overwhelmed or wants to walk out, say the pause word. Go to separate rooms, breathe slowly and do something calming for at least 20 minutes. Don''t carry on the argument by text. Come back at the agreed time, or, if that isn''t possible, agree on a new time within a day.'),
(@id, 7, 'Finish by each naming one thing you appreciated about the way the other listened. Don''t try to solve the problem in this exercise. If a decision needs to be made, set a separate time for it.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'How well did you feel heard by your partner in this session?', 'SCALE', 'Not at all', 'Completely'),
(@id, 2, 'When you were the listener, what was hardest for you: staying quiet, not defending yourself, or something else?', 'TEXT', NULL, NULL),
(@id, 3, 'Write down one thing your partner said that you understand better now than before the session.', 'TEXT', NULL, NULL),
(@id, 4, 'How calm did you feel overall during the conversation?', 'SCALE', 'Very tense', 'Completely calm');

-- ---------------------------------------------------------------------------------------------
-- Exercise: weekly-transparency-check-in (transparency)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('weekly-transparency-check-in', 'Weekly transparency check-in', 'transparency',
 'Gives you a calm, predictable time each week to share openly about the areas where trust was hurt, such as money, contacts or time apart, so that information is offered rather than demanded.',
 30, 'Once a week', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Together, choose a fixed day and time each week, for example Sunday at 7 pm, and protect it like an appointment. Before the first check-in, agree which areas you will cover. Pick the two or three that matter most to the partner who was hurt, such as spending, who you have been in touch with, or where you were when you were apart.'),
(@id, 2, 'Before you meet, the partner who broke trust spends ten minutes preparing. Look back over the week and note anything in the agreed areas your partner would want to know about: a coffee with a colleague, an unexpected purchase, a message from someone from the past, a change of plans. Include the things that feel awkward to mention; those usually matter most.'),
(@id, 3, 'Start the check-in with the prepared partner going through their list without being asked. Speak plainly and give enough detail to be clear, for example: "On Wednesday my ex texted about the car. I replied once, and this is what I said." The other partner listens to the end without interrupting.'),
(@id, 4, 'The listening partner then asks any questions they have, one at a time and in a calm voice. Ask what you genuinely need to know. If you are answering, be honest and complete. If there is something you can''t answer right now, say so and say when you will.'),
(@id, 5, 'The listening partner names one thing from the check-in that helped them feel more secure, even something small. If something you heard upset you, describe how you feel ("I felt uneasy when I heard...") rather than accusing, and agree whether to talk about it now or at a set time later.'),
(@id, 6, 'If the conversation gets heated, either of you can say your agreed pause word. Take a 20-minute break in separate rooms, then decide together whether to finish now or pick it up next week. If the sharing partner remembers something later in the week, they mention it straight away rather than saving it, and bring it up briefly at the next check-in too.'),
(@id, 7, 'End by confirming next week''s time. When you both feel ready, the check-in can become two-way, with the other partner also sharing their week.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'After this check-in, how secure do you feel about the areas you covered?', 'SCALE', 'Not at all', 'Completely'),
(@id, 2, 'If you were sharing: what was hardest to mention, and what helped you say it anyway?', 'TEXT', NULL, NULL),
(@id, 3, 'If you were listening: what information, or what way of sharing it, helped you most?', 'TEXT', NULL, NULL),
(@id, 4, 'How open did the conversation feel to you?', 'SCALE', 'Not at all open', 'Completely open');

-- ---------------------------------------------------------------------------------------------
-- Exercise: promise-log (consistency)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('promise-log', 'Promise log', 'consistency',
 'Helps you make commitments you can really keep and notice whether you follow through, so that over time your partner can see your actions matching your words.',
 10, 'Every evening for four weeks', 'ONE_PARTNER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Get a small notebook, or start a note on your phone, just for this. Make four columns: the date, what I said I would do, by when, and done or not done.'),
(@id, 2, 'Each evening, write down every commitment you made to your partner that day, however small: "I''ll call at lunch", "I''ll be home by six", "I''ll sort out the bank statement". Include the ones you made without thinking. Write each one the way you actually said it.'),
(@id, 3, 'Before you promise something, stop and ask yourself whether you can really do it. Promising less and delivering every time builds more trust than promising a lot and falling short. If you are unsure, say so: "I''ll try, and I''ll let you know by three if I can''t."'),
(@id, 4, 'Mark each promise done or not done when its time comes. If you can''t manage one, tell your partner as soon as you know, before the deadline, and offer what you can do instead. Note that in the log as well.'),
(@id, 5, 'Once a week, read back through the log. Look for patterns: which kinds of promises do you keep, and which ones slip? What got in the way? Choose one small change for the coming week, such as setting a phone reminder for anything with a time attached.'),
(@id, 6, 'The log is for you, not for proving yourself. If your partner asks to see it you can share it, but don''t use it as evidence in an argument ("I kept 19 out of 20"). Let the pattern of what you do speak for itself over time.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'Which promise this week was hardest to follow through on, and what got in the way?', 'TEXT', NULL, NULL),
(@id, 2, 'How confident are you that the promises you make this coming week are realistic?', 'SCALE', 'Not at all', 'Completely'),
(@id, 3, 'When you could not do something you had promised, how did you let your partner know, and how could you do that better next time?', 'TEXT', NULL, NULL),
(@id, 4, 'What one small routine could help you follow through more reliably?', 'TEXT', NULL, NULL);

-- ---------------------------------------------------------------------------------------------
-- Exercise: ownership-apology-letter (responsibility)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('ownership-apology-letter', 'Apology letter: ownership and impact', 'responsibility',
 'Helps you put into words what you did and how it affected your partner, without excuses, so that your apology is clear and sincere and points to real change.',
 60, 'Once, revising over a week if needed', 'ONE_PARTNER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Set aside an hour alone somewhere quiet, with paper or a private document. This first draft is only for you. Nobody else will read it unless you later choose to share it.'),
(@id, 2, 'Start by naming plainly what you did. Use "I" and specific facts, such as "I hid messages from you for four months", rather than "mistakes were made" or "things happened". Leave out "but", "if" and "because". Your reasons can be explored another time, for example with your counselor, but they don''t belong in an apology.'),
(@id, 3, 'Next, write about what your choices did to your partner. Think about what they have told you: sleepless nights, doubts about the past, embarrassment, no longer feeling safe. Describe these in your own words, for example: "You started to question everything I told you, even small things." Where you are not sure, write what you imagine and mark it as something to check with them.'),
(@id, 4, 'Write a sentence or two of regret that stands on its own, such as "I am sorry that I hurt you in these ways." Don''t ask for forgiveness, and don''t set a timeline for your partner to feel better.'),
(@id, 5, 'Then write what you are committing to change, as concrete actions you can actually carry out, for example "I will tell you when someone from work contacts me outside office hours" or "I will go to counselling every week." Keep the list short and realistic.'),
(@id, 6, 'Put the letter away for at least a day, then read it again. Underline any phrase that explains, justifies or shifts blame, such as "you were never home", and rewrite or remove it. If you see a counselor, consider bringing the letter to a session before you give it to your partner.'),
(@id, 7, 'If you decide to share the letter, ask your partner when would suit them, and let them choose whether to read it alone or hear you read it aloud. Accept whatever response they have, including needing time before they say anything at all.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'Which part of the letter was hardest to write, and why?', 'TEXT', NULL, NULL),
(@id, 2, 'What excuses or explanations did you notice creeping in, and what did you do with them?', 'TEXT', NULL, NULL),
(@id, 3, 'In your view, how fully does the letter describe the effect on your partner?', 'SCALE', 'Not at all', 'Completely'),
(@id, 4, 'Which one commitment in your letter will you start on this week, and how?', 'TEXT', NULL, NULL);

-- ---------------------------------------------------------------------------------------------
-- Exercise: unsent-forgiveness-letter (forgiveness)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('unsent-forgiveness-letter', 'Forgiveness letter you don''t send', 'forgiveness',
 'Gives you a private place to express hurt and anger fully and to explore what letting go might mean for you, at your own pace and without any pressure to forgive.',
 45, 'Once, and again after a few weeks if it helps', 'ONE_PARTNER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Choose a time when you have 45 minutes alone without interruptions and feel reasonably steady. This letter will not be sent, so you can be completely honest in it.'),
(@id, 2, 'Begin by writing what happened and how it hurt you. Don''t hold back or tidy it up: anger, sadness, fear and confusion all belong here. You can write to your partner directly ("When I found out...") or simply write for yourself.'),
(@id, 3, 'Then write about what carrying the resentment costs you, for example sleep, peace of mind, the ability to enjoy time together, or energy for other parts of your life.'),
(@id, 4, 'Next, write what forgiveness would and would not mean for you. Forgiving is not forgetting, and it does not mean saying that what happened was fine or that you no longer need anything to change. Write what you might be ready to put down, even a little, and what you are not ready for yet. Both are fine.'),
(@id, 5, 'If there is anything you blame yourself for, such as not seeing it sooner or the way you reacted, write a few kind lines to yourself as well, the way you would write to a good friend.'),
(@id, 6, 'End with a sentence or two about the future you would like, with your partner or for yourself. Then keep the letter somewhere private. You might reread it in a few weeks to see what has shifted, or tear it up as a small ritual. If writing stirs up strong feelings, stop, take a walk or call someone you trust, and consider bringing what came up to your counselor.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'Right now, how much does resentment weigh on you from day to day?', 'SCALE', 'Not at all', 'Completely'),
(@id, 2, 'What did you write that surprised you?', 'TEXT', NULL, NULL),
(@id, 3, 'What is one small thing you feel ready to let go of, and one thing you are not ready to let go of yet?', 'TEXT', NULL, NULL),
(@id, 4, 'What would you like to do with the letter now, and why?', 'TEXT', NULL, NULL);

-- ---------------------------------------------------------------------------------------------
-- Exercise: trigger-journal (recognize-signs)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('trigger-journal', 'Trigger journal for moments of suspicion', 'recognize-signs',
 'Helps you notice the moments when doubt, jealousy or the urge to check up on your partner rise, understand what sets them off, and choose how to respond instead of reacting straight away.',
 10, 'Whenever suspicion rises', 'ONE_PARTNER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Keep a small notebook or a private note on your phone for this journal. Whenever you notice suspicion, jealousy, the urge to check your partner''s phone or location, or a pull to withdraw, make an entry as soon as you can, even if it is only a few words.'),
(@id, 2, 'Write what set it off: the situation, the time, and what you actually saw or heard. For example: "Tuesday, 9 pm. He smiled at his phone and turned it face down." Stick to what you observed, not what you guessed.'),
(@id, 3, 'Write the thoughts that came up ("He''s hiding something again"), the feelings you noticed and how strong they were from 0 to 10, and where you felt them in your body, such as a tight chest or a racing heart.'),
(@id, 4, 'Write what you felt like doing, such as checking, questioning, going silent or leaving, and what you actually did. There is no right or wrong answer here; you are simply noticing.'),
(@id, 5, 'Before acting on the urge, try a short pause: breathe slowly for two minutes or wait 15 minutes. Then ask yourself: What do I know for sure? What else could explain this? What do I need right now? Write down your answers.'),
(@id, 6, 'If you decide to talk to your partner, describe what you noticed and how you feel rather than accusing, for example: "I saw you turn your phone over and I felt a jolt of fear. Can we talk about it?" If you decide not to, write down how you will look after yourself instead.'),
(@id, 7, 'Once a week, read back through your entries and look for patterns in times, places or situations. Consider sharing what you learn with your partner or your counselor.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'How strong was the suspicion at its peak this week?', 'SCALE', 'Very mild', 'Overwhelming'),
(@id, 2, 'What pattern, if any, did you notice in what sets off your suspicion?', 'TEXT', NULL, NULL),
(@id, 3, 'What helped you pause before reacting, and what made pausing harder?', 'TEXT', NULL, NULL),
(@id, 4, 'How able did you feel to choose your response rather than react straight away?', 'SCALE', 'Not at all', 'Completely');

-- ---------------------------------------------------------------------------------------------
-- Exercise: new-experience-date (connection)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('new-experience-date', 'New-experience date plan', 'connection',
 'Helps you spend relaxed time together doing something new to you both, so you begin to build shared memories that belong to the present rather than to the hurt.',
 120, 'Every two weeks', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Sit down together for 20 minutes with paper and pens. Each of you, on your own, writes five activities you have never done together and would enjoy, for example a cooking class, a new walking trail, a museum, a dance lesson, pottery, or a town neither of you knows. Keep the cost and effort within your budget and energy.'),
(@id, 2, 'Swap lists. Circle anything that appears on both, or anything you are both curious about. Leave out places or activities linked to the hurt, such as a restaurant connected to the affair, and anything that would make either of you feel unsafe or pressured.'),
(@id, 3, 'Pick one activity and settle the details together: date, time, who books, how you will get there, and a backup plan in case of bad weather. Each time you repeat this exercise, take turns being the planner. The planner can add a small surprise if they like.'),
(@id, 4, 'Agree a few ground rules for the date: phones away except for photos and emergencies, and no talking about the betrayal or the relationship''s problems. If a painful subject comes up, either of you can say "Let''s park that", and you set a time to talk about it later, for example at your next check-in.'),
(@id, 5, 'On the date, focus on the activity and on each other. Notice moments when you laugh, learn something or feel close, even briefly. If things feel strained, it is fine to keep it short; a calm hour is better than a tense afternoon.'),
(@id, 6, 'Afterwards, each of you shares one moment you enjoyed. Write the date and a line about it in a shared list or photo album, so you can look back on the new memories you are making.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'What was one moment on the date when you felt relaxed or close to your partner?', 'TEXT', NULL, NULL),
(@id, 2, 'How connected did you feel to your partner during the activity?', 'SCALE', 'Not at all', 'Completely'),
(@id, 3, 'Did anything bring the hurt back to mind? If so, how did you handle it?', 'TEXT', NULL, NULL),
(@id, 4, 'What would you like to try next time?', 'TEXT', NULL, NULL);

-- ---------------------------------------------------------------------------------------------
-- Exercise: twenty-minute-check-in (check-ins)
-- ---------------------------------------------------------------------------------------------

INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin) VALUES
('twenty-minute-check-in', '20-minute relationship check-in', 'check-ins',
 'Gives you a short, regular conversation to take stock of how the relationship is doing, notice progress and raise small concerns early, before they grow.',
 20, 'Once a week', 'BOTH_TOGETHER', 'LIBRARY');
SET @id = LAST_INSERT_ID();

INSERT INTO exercise_step (exercise_id, position, text) VALUES
(@id, 1, 'Agree on a regular 20-minute slot each week at a time when you are both rested and not rushed; avoid late at night or straight after work. Sit together without screens and set a timer so the conversation has a clear start and end. Agree on a pause word in case either of you needs to stop.'),
(@id, 2, 'Minutes 0 to 5: each of you rates how the relationship felt this week, from 0 to 10, and says one sentence about why. Just hear each other''s numbers; don''t argue with them or try to fix them.'),
(@id, 3, 'Minutes 5 to 10: take turns naming one thing your partner did this week that you appreciated. Be specific, for example: "Thank you for calling when you were running late on Thursday." If you are receiving it, a simple "thank you" is enough.'),
(@id, 4, 'Minutes 10 to 17: each of you raises one concern, if you have one, in about two minutes. Describe the situation and how you felt, and ask for what would help, for example: "I felt shut out when you went straight to your phone after dinner. Could we have half an hour together first?" Your partner says back what they heard before replying. Choose one small, doable step together. If a topic is too big for a few minutes, agree to take it to a longer conversation or to your counselor.'),
(@id, 5, 'Minutes 17 to 20: each say one thing you are looking forward to in the coming week, confirm the time of your next check-in, and stop on time even if you are in the middle of something. If either of you used the pause word, take a break of at least 20 minutes before coming back to the topic, or leave it for next week.');

INSERT INTO exercise_prompt (exercise_id, position, question, answer_type, scale_low_label, scale_high_label) VALUES
(@id, 1, 'Overall, how did the relationship feel to you this week?', 'SCALE', 'Very difficult', 'Very good'),
(@id, 2, 'How safe did it feel to raise your concern during the check-in?', 'SCALE', 'Not at all', 'Completely'),
(@id, 3, 'What small step did you agree on, and how will you know it is happening?', 'TEXT', NULL, NULL),
(@id, 4, 'What did you notice this week that shows progress, even a little?', 'TEXT', NULL, NULL);
