-------------------------- MODULE MCIndexBackfill --------------------------
(***************************************************************************)
(* Concrete constants for checking IndexBackfill with TLC: MCIndexes' keys, *)
(* partitions, symmetry and view, with the backfill's variables.           *)
(***************************************************************************)
EXTENDS MCIndexes, IndexBackfill

\* Everything but lastAction.
MCBackfillView == <<MCView, backfillVars>>

=============================================================================
