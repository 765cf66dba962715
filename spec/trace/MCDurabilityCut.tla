--------------------------- MODULE MCDurabilityCut ---------------------------
(***************************************************************************)
(* The models of MCDurability with the engine's CutToLeader: checks that  *)
(* Durability's invariants hold when elections cut every replica's log,   *)
(* and what it forced, to the new leader's log (spec/trace/dur-cut.cfg).  *)
(***************************************************************************)
EXTENDS MCDurability, DurabilityCut

=============================================================================
