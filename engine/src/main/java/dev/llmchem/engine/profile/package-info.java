/**
 * Profiles, usage and rank order (SPEC sections 3-4).
 *
 * <p>For each task cluster and model, the rows become one profile (q, a, trial) by the
 * chosen {@link dev.llmchem.engine.profile.Aggregate} (reference default: the row of largest
 * a = max(0.1, accuracy), earlier row on ties). Models are identified by their S index, S =
 * every model name of the (filtered) history sorted by {@link String#compareTo}, the bit order
 * of the goldens' masks. U = used(S) are the models with a &gt; theta, held in rank order (q
 * desc, a desc, name asc): that order is fixed once, so the cost kernel never sorts per
 * subset. Everything here handles any number of models; only subset kernels need masks.
 *
 * <p>Profiles and U are read per model ({@code TaskProfiles.q(i)}, {@code UsedSet.member(k)},
 * {@code UsedSet.penalty(k)}) and {@link dev.llmchem.engine.profile.UsedSet#cost} prices a
 * subset with Eq. 1 on the penalties it owns; the array accessors return copies, so a
 * caller's edits never reach the cost table, CHEME or another snapshot.
 */
package dev.llmchem.engine.profile;
