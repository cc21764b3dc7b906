<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CompareTableModel</name>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="65"/>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="65"/>
        <source>Family</source>
        <translation>계열</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="65"/>
        <source>Depth L</source>
        <translation>깊이 L</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="66"/>
        <source>Parameters</source>
        <translation>파라미터 수</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="66"/>
        <source>Parameters in the paper&apos;s table</source>
        <translation>논문 표의 파라미터 수</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="67"/>
        <source>Multiply-adds per image</source>
        <translation>이미지당 곱셈-누산(MAC)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="67"/>
        <source>Parameter memory</source>
        <translation>파라미터 메모리</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="68"/>
        <source>Training activations (batch 64)</source>
        <translation>학습 활성값 메모리 (배치 64)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="69"/>
        <source>Connections in blocks</source>
        <translation>블록 내 연결 수</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="69"/>
        <source>Connection pattern</source>
        <translation>연결 방식</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="70"/>
        <source>Paper&apos;s error C10+</source>
        <translation>논문의 오류율 C10+</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="70"/>
        <source>Paper&apos;s error C100+</source>
        <translation>논문의 오류율 C100+</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="93"/>
        <source>Current network</source>
        <translation>현재 네트워크</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="111"/>
        <source> (differs)</source>
        <translation> (불일치)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="121"/>
        <source>chain</source>
        <translation>체인</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="121"/>
        <source>residual sum</source>
        <translation>잔차 합</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="122"/>
        <source>dense concatenation</source>
        <translation>밀집 연결(이어 붙이기)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="122"/>
        <source>fractal (mean joins)</source>
        <translation>프랙탈 (평균 결합)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="131"/>
        <source>Links that carry a feature map into a layer H_l or a join, inside the blocks: L for a chain, 2L for residual units, L(L+1)/2 for a dense block.</source>
        <translation>블록 안에서 특징 맵을 층 H_l 또는 결합으로 전달하는 연결의 수: 체인은 L, 잔차 유닛은 2L, 밀집 블록은 L(L+1)/2.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="134"/>
        <source>What autograd keeps for the backward pass of one training step (float32).</source>
        <translation>학습 한 스텝의 역전파를 위해 autograd가 저장하는 값 (float32).</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="239"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="264"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="403"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="265"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="405"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="538"/>
        <source>Current network</source>
        <translation>현재 네트워크</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="269"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="408"/>
        <source>A network to compare: a preset or the current network</source>
        <translation>비교할 네트워크: 프리셋 또는 현재 네트워크</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="288"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="409"/>
        <source>layers L = </source>
        <translation>층 수 L = </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="289"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="410"/>
        <source>Depth of the small block drawn in each pattern</source>
        <translation>각 연결 방식에 그릴 작은 블록의 깊이</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="291"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="412"/>
        <source>Connection patterns for a block of the same depth</source>
        <translation>같은 깊이의 블록에서 본 연결 방식</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="307"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="419"/>
        <source>Parameters (millions)</source>
        <translation>파라미터 수 (백만)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="308"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="420"/>
        <source>Test error (%)</source>
        <translation>테스트 오류율 (%)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="322"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="413"/>
        <source>Where each sits on the paper&apos;s parameters-vs-error plot</source>
        <translation>논문의 파라미터 수 대 오류율 그래프에서의 위치</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="331"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="421"/>
        <source>Offline data shipped with the app; each network is fitted to it (input channels, size, classes)</source>
        <translation>앱에 포함된 오프라인 데이터. 각 네트워크를 이 데이터에 맞춥니다 (입력 채널, 크기, 클래스 수)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="336"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="423"/>
        <source>epochs </source>
        <translation>에포크 </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="340"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="424"/>
        <source>all batches</source>
        <translation>모든 배치</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="341"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="425"/>
        <source>batches/epoch </source>
        <translation>에포크당 배치 </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="344"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="426"/>
        <source>seed </source>
        <translation>시드 </translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="345"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="427"/>
        <source>Train these together on the same data</source>
        <translation>같은 데이터로 함께 학습</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="346"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="428"/>
        <source>One after another, with the same data, seed, epochs and recipe</source>
        <translation>같은 데이터, 시드, 에포크, 학습 설정으로 하나씩 차례로 학습합니다</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="348"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="429"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="353"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="430"/>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="354"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="431"/>
        <source>Validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="360"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="414"/>
        <source>Train these together</source>
        <translation>함께 학습</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="468"/>
        <source>{name}: {note}</source>
        <translation>{name}: {note}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="497"/>
        <source>{method}: {params:g}M parameters, {error:.2f}% error</source>
        <translation>{method}: 파라미터 {params:g}M, 오류율 {error:.2f}%</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="526"/>
        <source>{name} (no error in the table)</source>
        <translation>{name} (표에 오류율 없음)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="588"/>
        <location filename="../../explorer/ui/panels/compare_view.py" line="600"/>
        <source>Not started: {message}</source>
        <translation>시작하지 않음: {message}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="593"/>
        <source>Checking memory and this computer&apos;s speed…</source>
        <translation>메모리와 이 컴퓨터의 속도를 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="613"/>
        <source>Not started: the run was estimated at about {m} minutes.</source>
        <translation>시작하지 않음: 예상 학습 시간이 약 {m}분이었습니다.</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="620"/>
        <source>A long run</source>
        <translation>오래 걸리는 학습</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="621"/>
        <source>Training these networks together is estimated to take about {m} minutes on this computer (their multiply-adds from the ledger at a speed measured once on a small probe network). Start it?</source>
        <translation>이 네트워크들을 함께 학습하면 이 컴퓨터에서 약 {m}분이 걸릴 것으로 예상됩니다 (층별 채널 표의 곱셈-누산 수와, 작은 측정용 네트워크로 한 번 잰 속도로 추정). 시작할까요?</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="624"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="625"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="652"/>
        <source>Training {n} networks one after another (about {t} estimated)…</source>
        <translation>네트워크 {n}개를 차례로 학습하는 중 (예상 약 {t})…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="666"/>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="689"/>
        <source>, validation accuracy {acc:.1%}</source>
        <translation>, 검증 정확도 {acc:.1%}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="690"/>
        <source>{name}: epoch {epoch}/{epochs}, batch {batch}/{batches}{acc} · run: batch {done}/{total}, {spb:.2f} s per batch, ETA {eta}</source>
        <translation>{name}: 에포크 {epoch}/{epochs}, 배치 {batch}/{batches}{acc} · 전체: 배치 {done}/{total}, 배치당 {spb:.2f}초, 남은 시간 {eta}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="721"/>
        <source>{name}: {acc:.1%} after epoch {epoch}</source>
        <translation>{name}: 에포크 {epoch} 후 {acc:.1%}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="724"/>
        <source>{name}: not started, no epoch</source>
        <translation>{name}: 시작하지 않음, 완료한 에포크 없음</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="725"/>
        <source>{name}: no epoch finished</source>
        <translation>{name}: 완료한 에포크 없음</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="732"/>
        <source>Stopped. Last validation accuracy: {summary}</source>
        <translation>중지됨. 마지막 검증 정확도: {summary}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="734"/>
        <source>Done, some diverged. Final validation accuracy: {summary}</source>
        <translation>완료 (일부 발산). 최종 검증 정확도: {summary}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="736"/>
        <source>Done. Final validation accuracy: {summary}</source>
        <translation>완료. 최종 검증 정확도: {summary}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="742"/>
        <source>Training failed: {message}</source>
        <translation>학습 실패: {message}</translation>
    </message>
</context>
<context>
    <name>PatternView</name>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="178"/>
        <source>Plain chain: x_l = H_l(x_l−1)</source>
        <translation>일반 체인: x_l = H_l(x_l−1)</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="179"/>
        <source>ResNet: x_l = H_l(x_l−1) + x_l−1</source>
        <translation>ResNet: x_l = H_l(x_l−1) + x_l−1</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="180"/>
        <source>DenseNet: x_l = H_l([x_0, …, x_l−1])</source>
        <translation>DenseNet: x_l = H_l([x_0, …, x_l−1])</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/panels/compare_view.py" line="195"/>
        <source>{label} — {n} connections</source>
        <translation>{label} — 연결 {n}개</translation>
    </message>
</context>
</TS>
