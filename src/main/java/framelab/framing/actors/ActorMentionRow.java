package framelab.framing.actors;

/**
 * How often one actor is mentioned in one group (or {@code (all)}).
 *
 * @param mentions    dictionary hits counting this actor (each hit once, whatever its weight)
 * @param documents   documents of the group with at least one mention
 * @param docsInGroup documents in the group
 * @param tokens      the tokenizer's word tokens of the group, stopwords included and the clitic {@code 's}
 *                    excluded: the natural denominator of a mention rate (the dictionary matches on every
 *                    token, so a stopword-free count would inflate rates for wordy styles)
 * @param per10k      10,000 × mentions / tokens (NaN without tokens)
 * @param ciLow       lower end of the exact 95% Poisson interval for per10k (Garwood 1936)
 * @param ciHigh      upper end of that interval; mentions cluster within articles, so read it as a lower
 *                    bound on the real uncertainty (compare {@code documents} / {@code docsInGroup})
 */
public record ActorMentionRow(String groupBy, String group, String actor, long mentions, long documents, long docsInGroup,
                              long tokens, double per10k, double ciLow, double ciHigh) {
}
