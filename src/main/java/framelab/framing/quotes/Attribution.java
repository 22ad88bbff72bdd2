package framelab.framing.quotes;

/**
 * Who said a quotation and with which verb, before the actor dictionary is consulted.
 *
 * @param speaker      the speaker ("" when unknown)
 * @param role         the title, or ""
 * @param roleCategory the role list's category of the title or speaking body, or ""
 * @param verb         the speech verb's lemma, or ""
 * @param person       whether the speaker is a named person (pronouns may refer to it)
 */
record Attribution(String speaker, String role, String roleCategory, String verb, boolean person) {
    static final Attribution NONE = new Attribution("", "", "", "", false);
}
