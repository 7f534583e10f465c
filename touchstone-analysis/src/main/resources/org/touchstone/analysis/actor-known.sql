-- Whether the store knows an actor at all: any event (through the dyad-by-day table, which holds
-- every pair of codes the events name) or statement that names it (by code prefix).
SELECT EXISTS (SELECT 1 FROM dyad_day WHERE source_code >= CAST(:code AS VARCHAR) AND source_code < CAST(:code_end AS VARCHAR))
    OR EXISTS (SELECT 1 FROM dyad_day WHERE target_code >= CAST(:code AS VARCHAR) AND target_code < CAST(:code_end AS VARCHAR))
    OR EXISTS (SELECT 1 FROM statements WHERE starts_with(speaker, :code)
               OR len(list_filter(string_split(coalesce(targets, ''), ' | '), t -> starts_with(t, :code))) > 0)
    AS known
