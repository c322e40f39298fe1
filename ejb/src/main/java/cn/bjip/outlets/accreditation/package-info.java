/**
 * Accreditation (网点认定): rounds, applications, expert review and scoring, decisions, renewal and the national
 * recommendation list (R-4, R-5, R-6, Art. 4–5).
 *
 * <p>Holds the round and its rubric, the application with its content, documents and transitions, the expert panel
 * with conflicts, score sheets, and decisions. Invariants: an application moves only along {@code ApplicationState}'s
 * allowed transitions, each kept with who, when and why; it is submitted only when the Art. 4 check finds nothing
 * missing; an expert never scores an application of their own institution or one they declared a conflict with; the
 * office decides only after scoring closed and only on the proposed list.
 *
 * <p>Callers: applicants (their own applications), center staff (rounds, review, assignment, closing), experts (their
 * own sheets and the applications assigned to them), the office (decisions, recommendations).
 */
package cn.bjip.outlets.accreditation;
