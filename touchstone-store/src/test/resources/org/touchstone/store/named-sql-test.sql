-- a comment with :notaparameter
SELECT :a * :a AS squared, :b AS text, '::text' AS literal_colons
