// Thrown by data functions. Pages turn NotFoundError into notFound(); a record outside
// the actor's scope is NotFound too, so its existence is not revealed.
export class ForbiddenError extends Error {
  constructor(public readonly permission: string) {
    super(`forbidden: ${permission}`);
    this.name = "ForbiddenError";
  }
}

export class NotFoundError extends Error {
  constructor(public readonly entity: string) {
    super(`not found: ${entity}`);
    this.name = "NotFoundError";
  }
}

export class UnauthenticatedError extends Error {
  constructor() {
    super("unauthenticated");
    this.name = "UnauthenticatedError";
  }
}
