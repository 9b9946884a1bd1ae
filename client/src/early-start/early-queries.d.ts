/**
 * Defined by client/build/inline-documents.ts: the text Apollo sends for each query boot.ts asks early,
 * by operation name.
 */
declare const __KYCUONG_EARLY_QUERIES__: { Me: string; FieldVisit: string };
