/** A camera move's duration: `ms`, or 0 (a jump) for a person whose system asks for reduced motion. */
export const motionMs = (ms: number): number => (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 0 : ms);
