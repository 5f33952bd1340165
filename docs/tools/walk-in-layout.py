#!/usr/bin/env python3
"""Writes processes/walk-in.bpmn: the semantic model below and a diagram laid out on a grid.

Kept so the diagram can be regenerated after a change to the flows; Camunda Modeler opens the result as usual.
Run from the project root: python3 docs/tools/walk-in-layout.py
"""
import xml.dom.minidom
from xml.sax.saxutils import escape

SIZE = {"event": (36, 36), "task": (100, 80), "gateway": (50, 50)}

# id -> (kind, center x, center y, xml element name, attributes, inner xml)
NODES = {}
ORDER = []


def node(id_, kind, x, y, tag, name=None, attrs="", inner="", attached=None):
    NODES[id_] = dict(kind=kind, x=x, y=y, tag=tag, name=name, attrs=attrs, inner=inner, attached=attached)
    ORDER.append(id_)


FLOWS = []


def flow(id_, src, tgt, name=None, cond=None, points=None):
    FLOWS.append(dict(id=id_, src=src, tgt=tgt, name=name, cond=cond, points=points))


def status(value):
    return ('<camunda:properties><camunda:property name="status" value="%s" /></camunda:properties>'
            '<camunda:executionListener delegateExpression="${requestStatusListener}" event="start" />' % value)


ENDED = '<camunda:executionListener delegateExpression="${visitEndedListener}" event="start" />'
RETRY = "<camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle>"


def user(id_, x, y, name, form, group, extra=""):
    node(id_, "task", x, y, "userTask", name,
         'camunda:formRef="%s" camunda:formRefBinding="deployment" camunda:candidateGroups="%s${officeCode}"'
         % (form, group), extra)


Y = 300
TOP = 200
node("StartEvent_VisitorArrived", "event", 100, Y, "startEvent", "Pengunjung datang")
node("Gateway_QueueUsed", "gateway", 190, Y, "exclusiveGateway", "Kantor memakai nomor antrian?")
node("Gateway_WaitJoin", "gateway", 280, Y, "exclusiveGateway")
node("ReceiveTask_WaitForCall", "task", 390, Y, "receiveTask", "Tunggu dipanggil sesuai nomor antrian",
     'messageRef="Msg_VisitorCalled"')
node("BoundaryEvent_ServiceStandardDue", "event", 410, Y + 40, "boundaryEvent", "Waktu standar layanan",
     'attachedToRef="ReceiveTask_WaitForCall"',
     '<bpmn:timerEventDefinition><bpmn:timeDate xsi:type="bpmn:tFormalExpression">'
     '${walkInDeadlines.serviceStandardCheck(execution)}</bpmn:timeDate></bpmn:timerEventDefinition>',
     attached="ReceiveTask_WaitForCall")
node("ServiceTask_CheckServiceStandard", "task", 410, 460, "serviceTask", "Periksa standar waktu layanan",
     'camunda:delegateExpression="${checkServiceStandardDelegate}"')
node("Gateway_StandardMissed", "gateway", 550, 460, "exclusiveGateway", "Standar waktu layanan terlewati?")
node("Gateway_EscalateFork", "gateway", 640, 460, "parallelGateway", "Eskalasi")
node("ReceiveTask_WaitForLateCall", "task", 760, 460, "receiveTask", "Tunggu dipanggil (terlambat)",
     'messageRef="Msg_VisitorCalled"')
user("UserTask_FollowUpServiceStandard", 760, 600, "Tindak lanjuti standar layanan terlewati",
     "follow-up-service-standard", "supervisor")
node("EndEvent_ServiceStandardFollowedUp", "event", 900, 600, "endEvent", "Eskalasi ditindaklanjuti")
node("Gateway_CalledJoin", "gateway", 900, Y, "exclusiveGateway")
node("ReceiveTask_WaitForGuestBook", "task", 1020, Y, "receiveTask", "Isi buku tamu (kartu identitas)",
     'messageRef="Msg_GuestRecorded"')
node("ReceiveTask_WaitForRequest", "task", 1170, Y, "receiveTask",
     "Catat permintaan, jelaskan tarif PNBP dan dokumen", 'messageRef="Msg_RequestRecorded"')
user("UserTask_CheckDeskDocuments", 1320, Y, "Periksa kelengkapan dan kesesuaian dokumen",
     "check-desk-documents", "officer")
node("Gateway_DeskDocumentCheck", "gateway", 1450, Y, "exclusiveGateway", "Dokumen sesuai permintaan?")
node("ServiceTask_OpenConsultation", "task", 1450, 460, "serviceTask", "Arahkan ke konsultasi",
     'camunda:delegateExpression="${openConsultationDelegate}"')
node("EndEvent_RedirectedToConsultation", "event", 1590, 460, "endEvent", "Diarahkan ke konsultasi", "", ENDED)
node("ServiceTask_OpenDeskRequest", "task", 1570, Y, "serviceTask", "Buka permintaan penjualan",
     'camunda:delegateExpression="${openDeskRequestDelegate}"')
node("Gateway_DeskOfferJoin", "gateway", 1690, Y, "exclusiveGateway")
user("UserTask_PrepareDeskOffer", 1810, Y, "Siapkan invoice, contoh data dan SPPD", "prepare-offer", "officer")
node("ServiceTask_IssueDeskOffer", "task", 1960, Y, "serviceTask", "Terbitkan invoice dan SPPD",
     'camunda:asyncBefore="true" camunda:delegateExpression="${issueOfferDelegate}"', RETRY)
user("UserTask_ReviewOfferAtDesk", 2110, Y, "Pengunjung memeriksa invoice, contoh data dan SPPD",
     "review-desk-offer", "officer")
node("Gateway_DeskOfferAccepted", "gateway", 2240, Y, "exclusiveGateway", "Penawaran disetujui?")
node("Gateway_DeskPaymentRequired", "gateway", 2340, Y, "exclusiveGateway", "Perlu pembayaran?")
node("CallActivity_DeskPayment", "task", 2470, Y, "callActivity", "Bayar tunai atau dengan kode billing",
     'calledElement="PaymentProcess" camunda:calledElementBinding="deployment"',
     '<camunda:in businessKey="${requestNumber}" />'
     '<camunda:in source="requestNumber" target="requestNumber" />'
     '<camunda:in source="officeCode" target="officeCode" />'
     '<camunda:in source="totalAmount" target="totalAmount" />'
     '<camunda:in source="invoiceValidUntil" target="invoiceValidUntil" />'
     '<camunda:in sourceExpression="${false}" target="abroad" />'
     '<camunda:in sourceExpression="${paymentMethod == \'CASH\'}" target="cashAtDesk" />')
node("BoundaryEvent_DeskPaymentNotMade", "event", 2490, Y + 40, "boundaryEvent", "Tidak dibayar",
     'attachedToRef="CallActivity_DeskPayment"', '<bpmn:errorEventDefinition errorRef="Err_PaymentNotMade" />',
     attached="CallActivity_DeskPayment")
node("ServiceTask_CancelDeskRequest", "task", 2490, 460, "serviceTask", "Batalkan permintaan",
     'camunda:delegateExpression="${cancelDeskRequestDelegate}"')
node("EndEvent_DeskCancelledPaymentNotMade", "event", 2630, 460, "endEvent", "Dibatalkan: tidak dibayar", "", ENDED)
node("Gateway_DeskPaymentJoin", "gateway", 2600, Y, "exclusiveGateway")
node("Gateway_DeskAgreementRequired", "gateway", 2700, Y, "exclusiveGateway", "Perlu SPPD?")
node("CallActivity_DeskAgreement", "task", 2830, Y, "callActivity", "SPPD ditandatangani di loket",
     'calledElement="AgreementProcess" camunda:calledElementBinding="deployment"',
     '<camunda:in businessKey="${requestNumber}" />'
     '<camunda:in source="requestNumber" target="requestNumber" />'
     '<camunda:in source="officeCode" target="officeCode" />'
     '<camunda:in source="invoiceValidUntil" target="invoiceValidUntil" />'
     '<camunda:in sourceExpression="${true}" target="signedAtDesk" />')
node("Gateway_DeskAgreementJoin", "gateway", 2960, Y, "exclusiveGateway")
node("Gateway_DeskReceiptRequired", "gateway", 3060, Y, "exclusiveGateway", "Perlu kuitansi?")
node("ServiceTask_IssueDeskReceipt", "task", 3190, Y, "serviceTask", "Terbitkan kuitansi",
     'camunda:asyncBefore="true" camunda:delegateExpression="${issueReceiptDelegate}"', RETRY)
node("Gateway_HandOverJoin", "gateway", 3320, Y, "exclusiveGateway")
user("UserTask_HandOverProduct", 3440, Y, "Siapkan dan serahkan produk", "hand-over-product", "officer",
     '<camunda:taskListener delegateExpression="${deliverProductListener}" event="complete" />')
node("ServiceTask_DeliverAtDesk", "task", 3590, Y, "serviceTask", "Buka unduhan produk dan kuitansi",
     'camunda:asyncBefore="true" camunda:delegateExpression="${deliverDelegate}"', RETRY)
user("UserTask_CheckHandOver", 3740, Y, "Pengunjung memeriksa produk dan kuitansi", "check-hand-over", "officer")
node("Gateway_ProductAccepted", "gateway", 3870, Y, "exclusiveGateway", "Produk sesuai?")
node("ServiceTask_CloseDeskRequest", "task", 4000, Y, "serviceTask", "Tutup transaksi (selesai)",
     'camunda:delegateExpression="${closeDeskRequestDelegate}"')
node("ReceiveTask_WaitForKioskRating", "task", 4150, Y, "receiveTask", "Penilaian atau pengaduan di kios",
     'messageRef="Msg_VisitRated"')
node("BoundaryEvent_RatingSkipped", "event", 4170, Y + 40, "boundaryEvent", "30 menit tanpa penilaian",
     'attachedToRef="ReceiveTask_WaitForKioskRating"',
     '<bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT30M'
     '</bpmn:timeDuration></bpmn:timerEventDefinition>', attached="ReceiveTask_WaitForKioskRating")
node("EndEvent_DoneWithoutRating", "event", 4170, 460, "endEvent", "Selesai tanpa penilaian", "", ENDED)
node("Gateway_DeskLowRating", "gateway", 4290, Y, "exclusiveGateway", "Nilai rendah atau ada pengaduan?")
node("SendTask_NotifySupervisorDeskRating", "task", 4410, 430, "sendTask", "Beri tahu koordinator",
     'camunda:asyncBefore="true" camunda:delegateExpression="${notifyDelegate}"',
     '<camunda:inputOutput><camunda:inputParameter name="notice">LOW_RATING</camunda:inputParameter>'
     '</camunda:inputOutput>' + RETRY)
node("Gateway_DeskRatingJoin", "gateway", 4530, Y, "exclusiveGateway")
node("EndEvent_VisitDone", "event", 4630, Y, "endEvent", "Selesai dan dinilai", "", ENDED)

flow("Flow_StartToQueue", "StartEvent_VisitorArrived", "Gateway_QueueUsed")
flow("Flow_QueueUsed", "Gateway_QueueUsed", "Gateway_WaitJoin", "ya", "${queueEnabled}")
flow("Flow_NoQueue", "Gateway_QueueUsed", "Gateway_CalledJoin", "tidak: disambut petugas", "${!queueEnabled}",
     [(190, 275), (190, 180), (900, 180), (900, 275)])
flow("Flow_WaitJoinToWait", "Gateway_WaitJoin", "ReceiveTask_WaitForCall")
flow("Flow_Called", "ReceiveTask_WaitForCall", "Gateway_CalledJoin")
flow("Flow_StandardDueToCheck", "BoundaryEvent_ServiceStandardDue", "ServiceTask_CheckServiceStandard", None, None,
     [(410, 358), (410, 420)])
flow("Flow_CheckToDecision", "ServiceTask_CheckServiceStandard", "Gateway_StandardMissed")
flow("Flow_StandardNotYetMissed", "Gateway_StandardMissed", "Gateway_WaitJoin", "tidak (masih melayani)",
     "${!standardMissed}", [(550, 485), (550, 530), (280, 530), (280, 325)])
flow("Flow_StandardMissed", "Gateway_StandardMissed", "Gateway_EscalateFork", "ya", "${standardMissed}")
flow("Flow_ForkToLateCall", "Gateway_EscalateFork", "ReceiveTask_WaitForLateCall")
flow("Flow_ForkToSupervisor", "Gateway_EscalateFork", "UserTask_FollowUpServiceStandard", None, None,
     [(640, 485), (640, 600), (710, 600)])
flow("Flow_FollowedUp", "UserTask_FollowUpServiceStandard", "EndEvent_ServiceStandardFollowedUp")
flow("Flow_LateCalled", "ReceiveTask_WaitForLateCall", "Gateway_CalledJoin", None, None,
     [(810, 460), (900, 460), (900, 325)])
flow("Flow_CalledToGuestBook", "Gateway_CalledJoin", "ReceiveTask_WaitForGuestBook")
flow("Flow_GuestToRequest", "ReceiveTask_WaitForGuestBook", "ReceiveTask_WaitForRequest")
flow("Flow_RequestToCheck", "ReceiveTask_WaitForRequest", "UserTask_CheckDeskDocuments")
flow("Flow_CheckToDocumentDecision", "UserTask_CheckDeskDocuments", "Gateway_DeskDocumentCheck")
flow("Flow_DocumentsMismatch", "Gateway_DeskDocumentCheck", "ServiceTask_OpenConsultation",
     "abstraksi tidak sesuai", "${documentCheck == 'MISMATCH'}", [(1450, 325), (1450, 420)])
flow("Flow_ConsultationToEnd", "ServiceTask_OpenConsultation", "EndEvent_RedirectedToConsultation")
flow("Flow_DocumentsComplete", "Gateway_DeskDocumentCheck", "ServiceTask_OpenDeskRequest", "lengkap dan sesuai",
     "${documentCheck == 'COMPLETE'}")
flow("Flow_OpenToOfferJoin", "ServiceTask_OpenDeskRequest", "Gateway_DeskOfferJoin")
flow("Flow_OfferJoinToPrepare", "Gateway_DeskOfferJoin", "UserTask_PrepareDeskOffer")
flow("Flow_PrepareToIssue", "UserTask_PrepareDeskOffer", "ServiceTask_IssueDeskOffer")
flow("Flow_IssueToReview", "ServiceTask_IssueDeskOffer", "UserTask_ReviewOfferAtDesk")
flow("Flow_ReviewToDecision", "UserTask_ReviewOfferAtDesk", "Gateway_DeskOfferAccepted")
flow("Flow_DeskOfferCorrection", "Gateway_DeskOfferAccepted", "Gateway_DeskOfferJoin", "tidak: perbaikan",
     "${!offerAccepted}", [(2240, 275), (2240, TOP), (1690, TOP), (1690, 275)])
flow("Flow_DeskOfferAccepted", "Gateway_DeskOfferAccepted", "Gateway_DeskPaymentRequired", "ya", "${offerAccepted}")
flow("Flow_PaymentNeeded", "Gateway_DeskPaymentRequired", "CallActivity_DeskPayment", "ya", "${!zeroRupiah}")
flow("Flow_ZeroRupiahNoPayment", "Gateway_DeskPaymentRequired", "Gateway_DeskPaymentJoin", "Rp0", "${zeroRupiah}",
     [(2340, 275), (2340, TOP), (2600, TOP), (2600, 275)])
flow("Flow_PaidToJoin", "CallActivity_DeskPayment", "Gateway_DeskPaymentJoin")
flow("Flow_NotPaidToCancel", "BoundaryEvent_DeskPaymentNotMade", "ServiceTask_CancelDeskRequest", None, None,
     [(2490, 358), (2490, 420)])
flow("Flow_CancelToEnd", "ServiceTask_CancelDeskRequest", "EndEvent_DeskCancelledPaymentNotMade")
flow("Flow_PaymentJoinToAgreement", "Gateway_DeskPaymentJoin", "Gateway_DeskAgreementRequired")
flow("Flow_AgreementNeeded", "Gateway_DeskAgreementRequired", "CallActivity_DeskAgreement", "ya",
     "${needsAgreement}")
flow("Flow_NoAgreement", "Gateway_DeskAgreementRequired", "Gateway_DeskAgreementJoin", "tidak",
     "${!needsAgreement}", [(2700, 275), (2700, TOP), (2960, TOP), (2960, 275)])
flow("Flow_AgreementToJoin", "CallActivity_DeskAgreement", "Gateway_DeskAgreementJoin")
flow("Flow_AgreementJoinToReceipt", "Gateway_DeskAgreementJoin", "Gateway_DeskReceiptRequired")
flow("Flow_ReceiptNeeded", "Gateway_DeskReceiptRequired", "ServiceTask_IssueDeskReceipt", "ya", "${!zeroRupiah}")
flow("Flow_NoReceipt", "Gateway_DeskReceiptRequired", "Gateway_HandOverJoin", "Rp0", "${zeroRupiah}",
     [(3060, 275), (3060, TOP), (3320, TOP), (3320, 275)])
flow("Flow_ReceiptToHandOver", "ServiceTask_IssueDeskReceipt", "Gateway_HandOverJoin")
flow("Flow_HandOverJoinToHandOver", "Gateway_HandOverJoin", "UserTask_HandOverProduct")
flow("Flow_HandOverToDeliver", "UserTask_HandOverProduct", "ServiceTask_DeliverAtDesk")
flow("Flow_DeliverToCheck", "ServiceTask_DeliverAtDesk", "UserTask_CheckHandOver")
flow("Flow_CheckToProductDecision", "UserTask_CheckHandOver", "Gateway_ProductAccepted")
flow("Flow_ProductFix", "Gateway_ProductAccepted", "Gateway_HandOverJoin", "tidak: perbaikan",
     "${!productAccepted}", [(3870, 325), (3870, 420), (3320, 420), (3320, 325)])
flow("Flow_ProductAccepted", "Gateway_ProductAccepted", "ServiceTask_CloseDeskRequest", "ya", "${productAccepted}")
flow("Flow_CloseToRating", "ServiceTask_CloseDeskRequest", "ReceiveTask_WaitForKioskRating")
flow("Flow_RatingSkipped", "BoundaryEvent_RatingSkipped", "EndEvent_DoneWithoutRating", None, None,
     [(4170, 358), (4170, 442)])
flow("Flow_RatedToDecision", "ReceiveTask_WaitForKioskRating", "Gateway_DeskLowRating")
flow("Flow_LowRating", "Gateway_DeskLowRating", "SendTask_NotifySupervisorDeskRating", "ya",
     "${rating <= 2 || complaintFiled}", [(4290, 325), (4290, 430), (4360, 430)])
flow("Flow_GoodRating", "Gateway_DeskLowRating", "Gateway_DeskRatingJoin", "tidak",
     "${rating > 2 && !complaintFiled}")
flow("Flow_NotifiedToJoin", "SendTask_NotifySupervisorDeskRating", "Gateway_DeskRatingJoin", None, None,
     [(4460, 430), (4530, 430), (4530, 325)])
flow("Flow_RatingJoinToEnd", "Gateway_DeskRatingJoin", "EndEvent_VisitDone")

DOC = ("Penjualan produk statistik melalui kunjungan langsung ke unit PST: seed 001 (kunjungan langsung, 21 langkah) "
       "dan seed 003 (BPS Kabupaten Belitung Timur, 16 langkah, tanpa nomor antrian, standar 5 menit). Business key: "
       "kode kunjungan (KUNJUNGAN-id). Pembayaran (tunai atau kode billing) dan SPPD memakai PaymentProcess dan "
       "AgreementProcess yang sama dengan penjualan daring. Peta langkah: docs/procedures.md.")


def bounds(n):
    w, h = SIZE[n["kind"]]
    return n["x"] - w // 2, n["y"] - h // 2, w, h


def side_points(f):
    s, t = NODES[f["src"]], NODES[f["tgt"]]
    if f["points"]:
        return f["points"]
    sw = SIZE[s["kind"]][0] // 2
    tw = SIZE[t["kind"]][0] // 2
    return [(s["x"] + sw, s["y"]), (t["x"] - tw, t["y"])]


def semantic():
    out = []
    incoming = {k: [] for k in NODES}
    outgoing = {k: [] for k in NODES}
    for f in FLOWS:
        outgoing[f["src"]].append(f["id"])
        incoming[f["tgt"]].append(f["id"])
    for id_ in ORDER:
        n = NODES[id_]
        name = ' name="%s"' % escape(n["name"], {'"': "&quot;"}) if n["name"] else ""
        attrs = " " + n["attrs"] if n["attrs"] else ""
        inner = n["inner"]
        ext = ""
        body = ""
        if inner.startswith("<bpmn:"):
            body = inner
        elif inner:
            ext = "<bpmn:extensionElements>%s</bpmn:extensionElements>" % inner
        flows = "".join("<bpmn:incoming>%s</bpmn:incoming>" % i for i in incoming[id_])
        flows += "".join("<bpmn:outgoing>%s</bpmn:outgoing>" % o for o in outgoing[id_])
        out.append('<bpmn:%s id="%s"%s%s>%s%s%s</bpmn:%s>' % (n["tag"], id_, name, attrs, ext, flows, body, n["tag"]))
    for f in FLOWS:
        name = ' name="%s"' % escape(f["name"]) if f["name"] else ""
        if f["cond"]:
            out.append('<bpmn:sequenceFlow id="%s"%s sourceRef="%s" targetRef="%s"><bpmn:conditionExpression '
                       'xsi:type="bpmn:tFormalExpression">%s</bpmn:conditionExpression></bpmn:sequenceFlow>'
                       % (f["id"], name, f["src"], f["tgt"], escape(f["cond"])))
        else:
            out.append('<bpmn:sequenceFlow id="%s"%s sourceRef="%s" targetRef="%s" />'
                       % (f["id"], name, f["src"], f["tgt"]))
    return out


def diagram():
    out = []
    for id_ in ORDER:
        n = NODES[id_]
        x, y, w, h = bounds(n)
        marker = ' isMarkerVisible="true"' if n["tag"] == "exclusiveGateway" else ""
        label = ""
        if n["kind"] != "task" and n["name"]:
            label = ('<bpmndi:BPMNLabel><dc:Bounds x="%d" y="%d" width="110" height="40" /></bpmndi:BPMNLabel>'
                     % (n["x"] - 55, y + h + 4 if n["kind"] == "event" else y - 44))
        out.append('<bpmndi:BPMNShape id="%s_di" bpmnElement="%s"%s><dc:Bounds x="%d" y="%d" width="%d" height="%d" />'
                   '%s</bpmndi:BPMNShape>' % (id_, id_, marker, x, y, w, h, label))
    for f in FLOWS:
        pts = "".join('<di:waypoint x="%d" y="%d" />' % p for p in side_points(f))
        label = ""
        if f["name"]:
            px, py = side_points(f)[0]
            label = ('<bpmndi:BPMNLabel><dc:Bounds x="%d" y="%d" width="90" height="27" /></bpmndi:BPMNLabel>'
                     % (px + 5, py - 30))
        out.append('<bpmndi:BPMNEdge id="%s_di" bpmnElement="%s">%s%s</bpmndi:BPMNEdge>' % (f["id"], f["id"], pts, label))
    return out


def main():
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
             'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
             'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" '
             'xmlns:modeler="http://camunda.org/schema/modeler/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             'id="Definitions_WalkIn" targetNamespace="http://bps.go.id/pst/bpmn" exporter="Camunda Modeler" '
             'exporterVersion="5.31.0" modeler:executionPlatform="Camunda Platform" '
             'modeler:executionPlatformVersion="7.24.0">',
             '<bpmn:process id="WalkInProcess" name="Penjualan produk statistik kunjungan langsung" '
             'isExecutable="true" camunda:historyTimeToLive="P180D" camunda:versionTag="1.0.0">',
             '<bpmn:documentation>%s</bpmn:documentation>' % escape(DOC)]
    lines += semantic()
    lines += ['</bpmn:process>',
              '<bpmn:message id="Msg_VisitorCalled" name="Msg_VisitorCalled" />',
              '<bpmn:message id="Msg_GuestRecorded" name="Msg_GuestRecorded" />',
              '<bpmn:message id="Msg_RequestRecorded" name="Msg_RequestRecorded" />',
              '<bpmn:message id="Msg_VisitRated" name="Msg_VisitRated" />',
              '<bpmn:error id="Err_PaymentNotMade" name="Pembayaran tidak dilakukan" errorCode="PAYMENT_NOT_MADE" />',
              '<bpmndi:BPMNDiagram id="BPMNDiagram_WalkInProcess">',
              '<bpmndi:BPMNPlane id="BPMNPlane_WalkInProcess" bpmnElement="WalkInProcess">']
    lines += diagram()
    lines += ['</bpmndi:BPMNPlane>', '</bpmndi:BPMNDiagram>', '</bpmn:definitions>']
    pretty = xml.dom.minidom.parseString("\n".join(lines)).toprettyxml(indent="  ", encoding="UTF-8").decode()
    with open("processes/walk-in.bpmn", "w", encoding="utf-8") as f:
        f.write("\n".join(line for line in pretty.split("\n") if line.strip()) + "\n")


if __name__ == "__main__":
    main()
