// shared/ sees neither DOM nor Node types; these two base64 helpers exist in both worlds.
declare function btoa(data: string): string;
declare function atob(data: string): string;
