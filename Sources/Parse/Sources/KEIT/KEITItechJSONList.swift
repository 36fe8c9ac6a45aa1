/// How itech's JSON list answer marks an error: eGovFrame controllers answer `{"message": …}`-style objects on a bad
/// request or an expired session. The list itself is read by `JSONListPage`.
enum KEITItechJSONList {
    /// Keys an error answer puts its message under, tried after the `error_message` rule.
    static let errorKeys = ["errorMessage", "errorMsg", "errMsg", "message", "resultMsg", "msg", "error"]
}
