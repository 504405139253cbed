export interface Config {
  /**
   * Configuration of the MLOps maturity plugin family.
   */
  mlopsMaturity?: {
    /**
     * Days after which a submitted assessment counts as stale. Default: 180.
     * @visibility frontend
     */
    staleAfterDays?: number;
  };
}
