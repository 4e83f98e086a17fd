/** Errors shaped like OfficeExtension.Error: a `code` plus a message. */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "InvalidObjectPath"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "AccessDenied"
  | "GeneralException"
  | "InvalidReference"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ApiNotFound";

export class FakeOfficeError extends Error {
  constructor(
    readonly code: FakeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}
