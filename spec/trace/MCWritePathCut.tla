--------------------------- MODULE MCWritePathCut ---------------------------
(***************************************************************************)
(* The ci model of MCWritePath with the engine's CutToLeader: checks that *)
(* WritePath's invariants hold when elections cut every replica's log to   *)
(* the new leader's (spec/trace/cut.cfg).                                  *)
(***************************************************************************)
EXTENDS MCWritePath, WritePathCut

=============================================================================
