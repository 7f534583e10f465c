package org.touchstone.coder.petrarch;

/**
 * An agent: a role word or phrase and the code it adds to an actor's code.
 *
 * @param phrase    the singular phrase as written ("FOREIGN_MINISTER", "CONGRESS!PERSON!"); it may
 *                  hold substitution markers, see {@link AgentDictionary#substitutions()}
 * @param plural    null when PETRARCH should form the regular plural itself (+S, Y to IES, S to
 *                  ES); "" when the file says {@code {}} (no plural: "POLICE {}"); otherwise the
 *                  plural written in braces ("ATTORNEY_GENERAL {ATTORNEYS_GENERAL}")
 * @param code      the agent code without its '~' ("GOV", "NGO")
 * @param placement where the code goes: {@code [~GOV]} after the actor's code (USA + GOV = USAGOV),
 *                  {@code [NGO~]} before it
 * @param line      1-based line in the file
 */
public record AgentEntry(String phrase, String plural, String code, Placement placement, int line) {

    public enum Placement { AFTER_ACTOR_CODE, BEFORE_ACTOR_CODE }
}
