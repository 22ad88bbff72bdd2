/**
 * VADER sentiment (Hutto, C.J. &amp; Gilbert, E.E. (2014). VADER: A Parsimonious Rule-based Model for
 * Sentiment Analysis of Social Media Text. Eighth International Conference on Weblogs and Social Media,
 * ICWSM-14), a faithful port of vaderSentiment's {@code vaderSentiment.py} at commit 44fc044 (MIT).
 *
 * <p>Use: {@code new VaderScorer(VaderLexicon.bundled()).score(sentence)} gives neg, neu, pos and compound;
 * {@link framelab.sentiment.vader.VaderScores#rounded()} rounds them as the reference prints them. VADER is
 * meant for sentences: score each sentence and aggregate, rather than whole articles.
 *
 * <p>Checked against {@code src/test/resources/golden/vader_reference.tsv} (339 sentences scored by the
 * reference). Behaviour kept on purpose because the reference has it:
 * <ul>
 *   <li>Tokens are split on Python whitespace (no-break spaces included) and stripped of ASCII punctuation
 *       only when more than two characters remain: "Kremlin." becomes "Kremlin", but "OK,", "(L)" and
 *       "\"no" stay whole, so "\"no signs" is not a "no" negation (golden row s001-034). One-letter words
 *       are kept (older releases and NLTK drop them; 84 golden rows depend on it). Curly quotes are not
 *       punctuation to Python, so "‘positive’" does not match "positive", and "won’t" (curly apostrophe)
 *       is not a negation while "won't" is.</li>
 *   <li>Words are looked up lower-cased; lexicon entries written with capitals (":D") never match and a
 *       token listed twice takes its later value.</li>
 *   <li>"kind of": "kind" scores 0, and the bigram adds −0.293 (unsigned) only when it stands two or three
 *       words before the sentiment word and the word three back is not in the lexicon.</li>
 *   <li>At distance three, "so" or "this" right before a word multiplies it by 1.25 on its own (Python's
 *       {@code and}/{@code or} precedence), not only after "never"; "It is never so easy" gets ×1.25 twice
 *       (golden row t016).</li>
 *   <li>A word in ALL CAPS with valence exactly 0 (e.g. "NO" before a lexicon word) becomes −0.733.</li>
 *   <li>"but": the reference writes each weighted value back at the first position with an equal value
 *       ({@code list.index}), so equal valences before and after "but" are weighted oddly; reproduced.</li>
 *   <li>{@code SENTIMENT_LADEN_IDIOMS} ("in the red") are never applied: the check is dead code there.</li>
 *   <li>Emoji are replaced by descriptions only when an emoji lexicon is loaded
 *       ({@link framelab.sentiment.vader.VaderLexicon#withEmojiLexicon}); the bundled data has none.</li>
 * </ul>
 */
package framelab.sentiment.vader;
