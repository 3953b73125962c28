// What a language pack says about segment: the shape every pack's `segment` section has.
// The engine reads these rules through the pack; it never branches on a language tag.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SegmentRules {}
