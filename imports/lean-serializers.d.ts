export declare function definedEntries(object: Record<string, any>): Record<string, any>;
export declare function mapDefinedEntries<T, U>(map: Record<string, T | undefined>, convert: (value: T) => U): Record<string, U>;
