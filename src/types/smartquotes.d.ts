// The part of smartquotes 2.3 that typography/curl-quotes.ts uses; the package ships no types.
declare module "smartquotes" {
  interface SmartQuotes {
    /**
     * Curls the straight quotes of a string (“ ” ‘ ’, primes after numbers). With
     * retainLength every character keeps its index (a lost one becomes U+2063).
     */
    string(text: string, options?: { retainLength?: boolean }): string;
  }
  const smartquotes: SmartQuotes;
  export default smartquotes;
}
