// What a language pack says about similarity: the shape every pack's `similarity` section has.
// The engine reads these rules through the pack; it never branches on a language tag.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SimilarityRules {}
