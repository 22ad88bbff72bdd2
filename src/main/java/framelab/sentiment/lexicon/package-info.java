/**
 * Lexicons and dictionary scoring: the lexicon model, readers for the common lexicon formats, and two
 * scorers whose results are tidy (measure, value) pairs.
 *
 * <h2>Model</h2>
 * A {@link framelab.sentiment.lexicon.Lexicon} is a {@link framelab.sentiment.lexicon.ValenceLexicon}
 * (pattern → score: AFINN, VADER's word list) or a {@link framelab.sentiment.lexicon.CategoryLexicon}
 * (pattern → categories, optionally weighted: LIWC, LSD2015, NRC EmoLex, MPQA, General Inquirer, Empath),
 * possibly with a {@link framelab.sentiment.lexicon.Polarity}. Patterns are lower-cased words separated by
 * spaces; in glob formats a word may end in {@code *} (prefix); {@code *} anywhere else is rejected.
 *
 * <h2>Reading</h2>
 * {@link framelab.sentiment.lexicon.Lexicons#named(String)} gives the bundled {@code afinn} and
 * {@code empath}; {@link framelab.sentiment.lexicon.Lexicons#read(java.nio.file.Path,
 * framelab.sentiment.lexicon.LexiconFormat)} reads a file in any
 * {@link framelab.sentiment.lexicon.LexiconFormat}; malformed lines fail with
 * {@link framelab.corpus.CorpusInputException} at {@code file:line}.
 *
 * <h2>Matching (both scorers)</h2>
 * Text is tokenized with the analyzer's tokenizer, normalised like the analyzer and case-folded; no
 * stopwords are removed. Matching is leftmost-longest: multiword entries before their words, each token at
 * most once, an exact entry before a prefix entry; a phrase matches only words separated by white space.
 * The clitic {@code 's} may be part of a pattern but is not counted as a word.
 *
 * <h2>Scores</h2>
 * {@link framelab.sentiment.lexicon.ValenceScorer}: {@code tokens, hits, sum, mean, per100, mean_hit}.
 * {@link framelab.sentiment.lexicon.DictionaryScorer}: {@code tokens, hits, matched_tokens},
 * {@code count_<category>} and {@code per1000_<category>} per category, and for polarity dictionaries
 * {@code net_tone, net_tone_per1000, log_tone} after the {@link framelab.sentiment.lexicon.Negation} rule.
 * {@link framelab.sentiment.lexicon.UnitScores#rows} gives the long table rows.
 *
 * <h2>References</h2>
 * <ul>
 *   <li>Benoit, K. et al. (2018). quanteda: An R package for the quantitative analysis of textual data. JOSS 3(30), 774.</li>
 *   <li>Das, S. &amp; Chen, M. (2001). Yahoo! for Amazon: Extracting market sentiment from stock message boards. APFA.</li>
 *   <li>Fast, E., Chen, B. &amp; Bernstein, M. S. (2016). Empath: Understanding topic signals in large-scale text. CHI '16.</li>
 *   <li>Grimmer, J. &amp; Stewart, B. M. (2013). Text as data. Political Analysis 21(3), 267–297.</li>
 *   <li>Hu, M. &amp; Liu, B. (2004). Mining and summarizing customer reviews. KDD '04.</li>
 *   <li>Hutto, C. J. &amp; Gilbert, E. (2014). VADER: A parsimonious rule-based model for sentiment analysis of social media text. ICWSM-14.</li>
 *   <li>Lowe, W., Benoit, K., Mikhaylov, S. &amp; Laver, M. (2011). Scaling policy preferences from coded political texts. Legislative Studies Quarterly 36(1), 123–155.</li>
 *   <li>Mohammad, S. M. &amp; Turney, P. D. (2013). Crowdsourcing a word–emotion association lexicon. Computational Intelligence 29(3), 436–465.</li>
 *   <li>Nielsen, F. Å. (2011). A new ANEW: Evaluation of a word list for sentiment analysis in microblogs. ESWC2011 Workshop on Making Sense of Microposts, CEUR 718, 93–98.</li>
 *   <li>Pang, B., Lee, L. &amp; Vaithyanathan, S. (2002). Thumbs up? Sentiment classification using machine learning techniques. EMNLP 2002.</li>
 *   <li>Pennebaker, J. W., Boyd, R. L., Jordan, K. &amp; Blackburn, K. (2015). The development and psychometric properties of LIWC2015. University of Texas at Austin.</li>
 *   <li>Proksch, S.-O., Lowe, W., Wäckerle, J. &amp; Soroka, S. (2019). Multilingual sentiment analysis: A new approach to measuring conflict in legislative speeches. Legislative Studies Quarterly 44(1), 97–131.</li>
 *   <li>Stone, P. J., Dunphy, D. C., Smith, M. S. &amp; Ogilvie, D. M. (1966). The General Inquirer: A computer approach to content analysis. MIT Press.</li>
 *   <li>Wilson, T., Wiebe, J. &amp; Hoffmann, P. (2005). Recognizing contextual polarity in phrase-level sentiment analysis. HLT/EMNLP 2005.</li>
 *   <li>Young, L. &amp; Soroka, S. (2012). Affective news: The automated coding of sentiment in political texts. Political Communication 29(2), 205–231.</li>
 * </ul>
 */
package framelab.sentiment.lexicon;
